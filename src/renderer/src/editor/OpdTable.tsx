/** Daftar OPD on the project details page: the agencies every choice list of the plan offers. */
import { useTranslation } from 'react-i18next';
import type { Opd, ProjectMeta } from '../../../core/model/project.ts';
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
    <section className="meta-list" aria-labelledby="opd-heading">
      <h3 id="opd-heading">{t('meta.opd')}</h3>
      <p className="muted">{t('meta.opdIntro')}</p>
      <table className="simple-table">
        <thead>
          <tr>
            <th scope="col">{t('meta.opdId')}</th>
            <th scope="col">{t('meta.opdAbbr')}</th>
            <th scope="col">{t('meta.opdName')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {meta.opd.map((opd, i) => (
            <tr key={i}>
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
              <td>
                <button
                  type="button"
                  className="row-action row-action-danger"
                  aria-label={t('meta.removeOpd', { n: i + 1 })}
                  onClick={() =>
                    setOpd(
                      meta.opd.filter((_, j) => j !== i),
                      'opd-remove',
                    )
                  }
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
        onClick={() =>
          setOpd([...meta.opd, { id: newOpdId(meta.opd), abbr: '', name: '' }], 'opd-add')
        }
      >
        {t('meta.addOpd')}
      </button>
    </section>
  );
}
