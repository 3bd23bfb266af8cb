/** An editable list of the project details page: a heading, a table with a row per item and a remove button each, and an add button. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface MetaListTableProps<T> {
  /** The heading's id, which labels the section. */
  headingId: string;
  heading: string;
  /** A paragraph under the heading. */
  intro?: string;
  /** The column headings before the actions column. */
  columns: string[];
  items: readonly T[];
  /** The `<td>` cells of an item, one per column. */
  cells: (item: T, index: number) => ReactNode;
  removeLabel: (index: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
}

/** The table of an editable list. */
export function MetaListTable<T>({
  headingId,
  heading,
  intro,
  columns,
  items,
  cells,
  removeLabel,
  onRemove,
  addLabel,
  onAdd,
}: MetaListTableProps<T>) {
  const { t } = useTranslation();
  return (
    <section className="meta-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {intro !== undefined && <p className="muted">{intro}</p>}
      <table className="simple-table">
        <thead>
          <tr>
            {columns.map((column, c) => (
              <th key={c} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              {cells(item, i)}
              <td>
                <button
                  type="button"
                  className="row-action row-action-danger"
                  aria-label={removeLabel(i)}
                  onClick={() => onRemove(i)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onAdd}>
        {addLabel}
      </button>
    </section>
  );
}
