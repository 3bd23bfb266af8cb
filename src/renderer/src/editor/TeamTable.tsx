/** Tim Penyusun on the project details page: names, roles and organisations. */
import { useTranslation } from 'react-i18next';
import type { ProjectMeta, TeamMember } from '../../../core/model/project.ts';
import { MetaListTable } from './MetaListTable.tsx';
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
    <MetaListTable
      headingId="team-heading"
      heading={t('meta.team')}
      columns={[t('meta.memberName'), t('meta.memberRole'), t('meta.memberOrganization')]}
      items={meta.team}
      cells={(member, i) => (
        <>
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
        </>
      )}
      removeLabel={(i) => t('meta.removeMember', { n: i + 1 })}
      onRemove={(i) => setTeam(meta.team.filter((_, j) => j !== i))}
      addLabel={t('meta.addMember')}
      onAdd={() => setTeam([...meta.team, { name: '', role: '' }])}
    />
  );
}
