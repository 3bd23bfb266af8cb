/** One row of the grid: its number and row actions, then a cell per column. Re-renders only when its row changes. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellValue, TableRow } from '../../../core/model/project.ts';
import type { ChoiceOption, ColumnDef } from '../../../core/template/types.ts';
import { CellEditor } from '../cells/CellEditor.tsx';

interface GridRowProps {
  row: TableRow;
  index: number;
  count: number;
  columns: ColumnDef[];
  /** Rows fixed by the framework cannot be added, removed or moved. */
  fixed: boolean;
  optionsFor(column: ColumnDef, dimension: string | undefined): ChoiceOption[];
  years: number[];
  onCell(rowId: string, column: ColumnDef, value: CellValue | undefined): void;
  onMove(index: number, delta: number): void;
  onRemove(index: number): void;
}

function dimensionOf(row: TableRow, columns: ColumnDef[]): string | undefined {
  const column = columns.find((c) => c.source === 'dimension' && c.type === 'choice');
  const value = column ? row.cells[column.id] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** A grid row. */
export const GridRow = memo(function GridRow({
  row,
  index,
  count,
  columns,
  fixed,
  optionsFor,
  years,
  onCell,
  onMove,
  onRemove,
}: GridRowProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const dimension = dimensionOf(row, columns);
  return (
    <tr role="row" aria-rowindex={index + 2} data-row={row.id}>
      <th role="rowheader" scope="row" className="grid-rownum" data-cell={`${index}:0`}>
        <span className="grid-rownum-text">{number}</span>
        {!fixed && (
          <span className="row-actions">
            <button
              type="button"
              className="row-action"
              aria-label={t('grid.moveUp', { row: number })}
              title={t('grid.moveUp', { row: number })}
              disabled={index === 0}
              onClick={() => onMove(index, -1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="row-action"
              aria-label={t('grid.moveDown', { row: number })}
              title={t('grid.moveDown', { row: number })}
              disabled={index === count - 1}
              onClick={() => onMove(index, 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="row-action row-action-danger"
              aria-label={t('grid.remove', { row: number })}
              title={t('grid.remove', { row: number })}
              onClick={() => onRemove(index)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
        )}
      </th>
      {columns.map((column, c) => (
        <td
          key={column.id}
          role="gridcell"
          className={`grid-cell grid-col-${column.type}`}
          data-cell={`${index}:${c + 1}`}
        >
          <CellEditor
            column={column}
            value={row.cells[column.id]}
            label={t('grid.cellLabel', { column: column.label, row: number })}
            options={
              column.type === 'choice' || column.type === 'multichoice'
                ? optionsFor(column, dimension)
                : []
            }
            years={years}
            place={{ 'data-row-id': row.id, 'data-column': column.id }}
            onValue={(value) => onCell(row.id, column, value)}
          />
        </td>
      ))}
    </tr>
  );
});
