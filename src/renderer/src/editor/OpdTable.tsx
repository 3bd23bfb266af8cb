/** Daftar OPD on the project details page: the agencies every choice list of the plan offers. */
import { useTranslation } from 'react-i18next';
import type { Opd, ProjectMeta } from '../../../core/model/project.ts';
import { MetaListTable } from './MetaListTable.tsx';
import { replaceAt, updateMeta } from './metaEdit.ts';

function newOpdId(list: Opd[]): string {
  let n = list.length + 1;
  while (list.some((o) => o.id === `opd-${n}`)) n++;
  return `opd-${n}`;
}

/** The OPD table. */
export function OpdTable({ meta }: { meta: ProjectMeta }) {
  const { t } = useTranslation();
  const setOpd = (opd: Opd[], key: string) => updateMeta(meta, { opd }, key);
  return (
    <MetaListTable
      headingId="opd-heading"
      heading={t('meta.opd')}
      intro={t('meta.opdIntro')}
      columns={[t('meta.opdId'), t('meta.opdAbbr'), t('meta.opdName')]}
      items={meta.opd}
      cells={(opd, i) => (
        <>
          <td>
            <input
              className="cell-input cell-code"
              data-meta={`opd/${i}/id`}
              aria-label={t('meta.opdIdOf', { n: i + 1 })}
              value={opd.id}
              pattern="[a-z0-9-]{1,40}"
              onChange={(e) =>
                setOpd(
                  replaceAt(meta.opd, i, {
                    ...opd,
                    id: e.target.value.toLowerCase().replace(/[^a-z0-9-]/g, ''),
                  }),
                  'opd',
                )
              }
            />
          </td>
          <td>
            <input
              className="cell-input"
              data-meta={`opd/${i}/abbr`}
              aria-label={t('meta.opdAbbrOf', { n: i + 1 })}
              value={opd.abbr}
              onChange={(e) =>
                setOpd(replaceAt(meta.opd, i, { ...opd, abbr: e.target.value }), 'opd')
              }
            />
          </td>
          <td>
            <input
              className="cell-input"
              aria-label={t('meta.opdNameOf', { n: i + 1 })}
              value={opd.name}
              onChange={(e) =>
                setOpd(replaceAt(meta.opd, i, { ...opd, name: e.target.value }), 'opd')
              }
            />
          </td>
        </>
      )}
      removeLabel={(i) => t('meta.removeOpd', { n: i + 1 })}
      onRemove={(i) =>
        setOpd(
          meta.opd.filter((_, j) => j !== i),
          'opd-remove',
        )
      }
      addLabel={t('meta.addOpd')}
      onAdd={() => setOpd([...meta.opd, { id: newOpdId(meta.opd), abbr: '', name: '' }], 'opd-add')}
    />
  );
}
