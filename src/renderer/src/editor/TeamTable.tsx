/** Tim Penyusun on the project details page: names, roles and organisations. */
import { useTranslation } from 'react-i18next';
import type { ProjectMeta, TeamMember } from '../../../core/model/project.ts';
import { replaceAt, updateMeta } from './metaEdit.ts';

/** The member with an organisation, or without the property when it is emptied (the file has no empty ones). */
function withOrganization(member: TeamMember, organization: string): TeamMember {
  const next: TeamMember = { name: member.name, role: member.role };
  if (organization) next.organization = organization;
  return next;
}

/** The team table. */
export function TeamTable({ meta }: { meta: ProjectMeta }) {
  const { t } = useTranslation();
  const setTeam = (team: TeamMember[]) => updateMeta(meta, { team }, 'team');
  return (
    <section className="meta-list" aria-labelledby="team-heading">
      <h3 id="team-heading">{t('meta.team')}</h3>
      <table className="simple-table">
        <thead>
          <tr>
            <th scope="col">{t('meta.memberName')}</th>
            <th scope="col">{t('meta.memberRole')}</th>
            <th scope="col">{t('meta.memberOrganization')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {meta.team.map((member, i) => (
            <tr key={i}>
              <td>
                <input
                  className="cell-input"
                  data-meta={`team/${i}/name`}
                  aria-label={t('meta.memberNameOf', { n: i + 1 })}
                  value={member.name}
                  onChange={(e) =>
                    setTeam(replaceAt(meta.team, i, { ...member, name: e.target.value }))
                  }
                />
              </td>
              <td>
                <input
                  className="cell-input"
                  aria-label={t('meta.memberRoleOf', { n: i + 1 })}
                  value={member.role}
                  onChange={(e) =>
                    setTeam(replaceAt(meta.team, i, { ...member, role: e.target.value }))
                  }
                />
              </td>
              <td>
                <input
                  className="cell-input"
                  aria-label={t('meta.memberOrganizationOf', { n: i + 1 })}
                  value={member.organization ?? ''}
                  onChange={(e) =>
                    setTeam(replaceAt(meta.team, i, withOrganization(member, e.target.value)))
                  }
                />
              </td>
              <td>
                <button
                  type="button"
                  className="row-action row-action-danger"
                  aria-label={t('meta.removeMember', { n: i + 1 })}
                  onClick={() => setTeam(meta.team.filter((_, j) => j !== i))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        onClick={() => setTeam([...meta.team, { name: '', role: '' }])}
      >
        {t('meta.addMember')}
      </button>
    </section>
  );
}
