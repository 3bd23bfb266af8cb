/** Proyek Baru: template pack, region(s), period and team, one step at a time. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedTemplate } from '../../../core/template/types.ts';
import type { RegionHit } from '../../../shared/api.ts';
import { unwrap } from '../../../shared/client.ts';
import { createProject, reportError } from '../actions/project.ts';
import { api } from '../api/index.ts';
import { Modal } from '../dialogs/Modal.tsx';
import { useAppStore } from '../store/store.ts';
import { PeriodStep } from './PeriodStep.tsx';
import { RegionPicker } from './RegionPicker.tsx';
import { TeamStep } from './TeamStep.tsx';
import { TemplateStep } from './TemplateStep.tsx';
import { periodProblem, type TeamRow } from './wizardChecks.ts';

const STEPS = ['template', 'region', 'period', 'team'] as const;
type Step = (typeof STEPS)[number];

/** The wizard dialog. */
export function NewProjectWizard() {
  const { t } = useTranslation();
  const close = useAppStore((s) => s.closeDialog);
  const [templates, setTemplates] = useState<LoadedTemplate[]>([]);
  const [step, setStep] = useState<Step>('template');
  const [templateId, setTemplateId] = useState('');
  const [regions, setRegions] = useState<RegionHit[]>([]);
  const nextYear = new Date().getFullYear() + 1;
  const [start, setStart] = useState<number | undefined>(nextYear);
  const [end, setEnd] = useState<number | undefined>(nextYear + 4);
  const [team, setTeam] = useState<TeamRow[]>([{ name: '', role: '', organization: '' }]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .listTemplates()
      .then((envelope) => {
        const list = unwrap(envelope);
        setTemplates(list);
        setTemplateId((current) => current || (list[0]?.pack.id ?? ''));
      })
      .catch(reportError);
  }, []);

  // Each step starts in its first field.
  useEffect(() => {
    document
      .querySelector<HTMLElement>('.wizard-body [data-autofocus], .wizard-body input')
      ?.focus();
  }, [step]);

  const index = STEPS.indexOf(step);
  const period = periodProblem(start, end);
  const blocked =
    (step === 'template' && templateId === '') ||
    (step === 'region' && regions.length === 0) ||
    (step === 'period' && period !== undefined);

  const finish = async () => {
    setBusy(true);
    const created = await createProject({
      templateId,
      regionCodes: regions.map((r) => r.code),
      period: { start: start!, end: end! },
      team: team
        .filter((m) => m.name.trim() !== '')
        .map((m) => ({
          name: m.name.trim(),
          role: m.role.trim(),
          ...(m.organization.trim() ? { organization: m.organization.trim() } : {}),
        })),
    });
    setBusy(false);
    if (created) close();
  };

  return (
    <Modal title={t('wizard.title')} onCancel={close} wide>
      <ol className="wizard-steps">
        {STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={s === step ? 'step' : undefined}
            className={i < index ? 'is-done' : undefined}
          >
            {t(`wizard.step.${s}`)}
          </li>
        ))}
      </ol>
      <form
        className="wizard-body"
        onSubmit={(event) => {
          event.preventDefault();
          if (blocked || busy) return;
          if (step === 'team') void finish();
          else setStep(STEPS[index + 1]!);
        }}
      >
        {step === 'template' && (
          <TemplateStep
            templates={templates}
            templateId={templateId}
            onChoose={(id) => {
              setTemplateId(id);
              setRegions([]);
            }}
          />
        )}
        {step === 'region' && (
          <RegionPicker templateId={templateId} chosen={regions} onChange={setRegions} />
        )}
        {step === 'period' && (
          <PeriodStep
            start={start}
            end={end}
            problem={period}
            onStart={(value) => {
              setStart(value);
              if (value !== undefined && value >= 2000) setEnd(value + 4);
            }}
            onEnd={setEnd}
          />
        )}
        {step === 'team' && <TeamStep team={team} onChange={setTeam} />}
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
          {index > 0 && (
            <button type="button" className="button" onClick={() => setStep(STEPS[index - 1]!)}>
              {t('wizard.back')}
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={blocked || busy}>
            {step === 'team' ? t('wizard.create') : t('wizard.next')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
