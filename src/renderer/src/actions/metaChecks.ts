/**
 * What in the project details would make the file invalid (the project schema requires a
 * name for every team member and an abbreviation and name for every OPD). Checked before
 * saving so the user is sent to the field instead of reading a schema message.
 */
import type { TFunction } from 'i18next';
import type { ProjectMeta } from '../../../core/model/project.ts';

export interface MetaProblem {
  /** Path under the project details, as findings name it. */
  path: string;
  message(t: TFunction): string;
}

/** The first problem, or undefined. */
export function firstMetaProblem(meta: ProjectMeta): MetaProblem | undefined {
  if (meta.title.trim() === '') return { path: 'title', message: (t) => t('meta.problemTitle') };
  for (const [i, member] of meta.team.entries())
    if (member.name.trim() === '')
      return { path: `team/${i}/name`, message: (t) => t('meta.problemMember', { n: i + 1 }) };
  for (const [i, opd] of meta.opd.entries()) {
    if (!/^[a-z0-9-]{1,40}$/.test(opd.id))
      return { path: `opd/${i}/id`, message: (t) => t('meta.problemOpdId', { n: i + 1 }) };
    if (opd.abbr.trim() === '' || opd.name.trim() === '')
      return { path: `opd/${i}/abbr`, message: (t) => t('meta.problemOpd', { n: i + 1 }) };
  }
  return undefined;
}
