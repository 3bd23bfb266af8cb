/** Wizard step 4: the drafting team (optional; completed later in the project details). */
import { useTranslation } from 'react-i18next';
import type { TeamRow } from './wizardChecks.ts';

interface TeamStepProps {
  team: TeamRow[];
  onChange(team: TeamRow[]): void;
}

/** A row per member, with add and remove. */
export function TeamStep({ team, onChange: setTeam }: TeamStepProps) {
  const { t } = useTranslation();
  const setMember = (i: number, patch: Partial<TeamRow>) =>
    setTeam(team.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <fieldset>
      <legend className="field-label">{t('wizard.teamLegend')}</legend>
      <p className="muted">{t('wizard.teamHint')}</p>
      {team.map((member, i) => (
        <div key={i} className="team-row">
          <input
            className="cell-input"
            aria-label={t('meta.memberNameOf', { n: i + 1 })}
            placeholder={t('meta.memberName')}
            data-autofocus={i === 0 ? true : undefined}
            value={member.name}
            onChange={(e) => setMember(i, { name: e.target.value })}
          />
          <input
            className="cell-input"
            aria-label={t('meta.memberRoleOf', { n: i + 1 })}
            placeholder={t('meta.memberRole')}
            value={member.role}
            onChange={(e) => setMember(i, { role: e.target.value })}
          />
          <input
            className="cell-input"
            aria-label={t('meta.memberOrganizationOf', { n: i + 1 })}
            placeholder={t('meta.memberOrganization')}
            value={member.organization}
            onChange={(e) => setMember(i, { organization: e.target.value })}
          />
          <button
            type="button"
            className="row-action row-action-danger"
            aria-label={t('meta.removeMember', { n: i + 1 })}
            onClick={() => setTeam(team.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => setTeam([...team, { name: '', role: '', organization: '' }])}
      >
        {t('meta.addMember')}
      </button>
    </fieldset>
  );
}
