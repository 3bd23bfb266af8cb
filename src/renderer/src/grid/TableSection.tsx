/** A table section: its rows in a grid editor, with adding, removing and reordering rows. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellValue, TableRow } from '../../../core/model/project.ts';
import { columnOptions } from '../../../core/plan/options.ts';
import { periodYears } from '../../../core/plan/context.ts';
import type { OutlineSection } from '../../../core/template/outline.ts';
import type { ChoiceOption, ColumnDef } from '../../../core/template/types.ts';
import { contextOf } from '../store/document.ts';
import { useAppStore } from '../store/store.ts';
import { focusPlace } from './focusPlace.ts';
import { GridRow } from './GridRow.tsx';
import { addRow, moveRow, newRowId, removeRow, rowDefaults, setCell } from './rows.ts';
import { useGridKeys } from './useGridKeys.ts';

const NO_ROWS: TableRow[] = [];

/** The grid of one table section. */
export function TableSection({ section }: { section: OutlineSection }) {
  const { t } = useTranslation();
  const table = useAppStore((s) => s.doc!.template.pack.tables[section.def.table ?? '']);
  const rows = useAppStore((s) => {
    const content = s.doc!.project.sections[section.key];
    return content?.kind === 'table' ? content.rows : NO_ROWS;
  });
  const meta = useAppStore((s) => s.doc!.project.meta);
  const template = useAppStore((s) => s.doc!.template);
  const reloads = useAppStore((s) => s.reloads);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const gridRef = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pendingFocus, setPendingFocus] = useState<{ rowId: string; column?: string } | null>(null);
  const onKeyDown = useGridKeys(gridRef);
  const columns = table?.columns ?? [];
  const fixed = table?.fixedRows !== undefined;

  const writeRows = useCallback(
    (next: TableRow[], mergeKey?: string) =>
      useAppStore.getState().setSection(section.key, { kind: 'table', rows: next }, mergeKey),
    [section.key],
  );
  const currentRows = useCallback(() => {
    const content = useAppStore.getState().doc?.project.sections[section.key];
    return content?.kind === 'table' ? content.rows : [];
  }, [section.key]);

  const onCell = useCallback(
    (rowId: string, column: ColumnDef, value: CellValue | undefined) => {
      const doc = useAppStore.getState().doc;
      if (!doc) return;
      const ctx = contextOf(doc);
      const elementsOf = (dimensionId: string) =>
        columnOptions(
          ctx,
          { id: 'element', label: '', type: 'choice', source: 'element' },
          dimensionId,
        ).map((o) => o.id);
      writeRows(
        setCell(currentRows(), rowId, column, value, columns, elementsOf),
        `${section.key}|${rowId}|${column.id}`,
      );
    },
    [writeRows, currentRows, columns, section.key],
  );

  const onMove = useCallback(
    (index: number, delta: number) => {
      const before = currentRows();
      const next = moveRow(before, index, delta);
      if (next === before) return;
      writeRows(next);
      setAnnouncement(t('grid.moved', { from: index + 1, to: index + 1 + delta }));
      setPendingFocus({ rowId: before[index]!.id });
    },
    [currentRows, writeRows, t],
  );

  const onRemove = useCallback(
    (index: number) => {
      const before = currentRows();
      writeRows(removeRow(before, index));
      setAnnouncement(t('grid.removed', { row: index + 1 }));
      const neighbour = before[index + 1] ?? before[index - 1];
      if (neighbour) setPendingFocus({ rowId: neighbour.id });
    },
    [currentRows, writeRows, t],
  );

  const onAdd = () => {
    const row: TableRow = { id: newRowId(), cells: rowDefaults(columns, section) };
    writeRows(addRow(currentRows(), row));
    setAnnouncement(t('grid.added', { row: currentRows().length }));
    const firstEmpty = columns.find((c) => !c.readOnly && row.cells[c.id] === undefined);
    setPendingFocus({ rowId: row.id, column: firstEmpty?.id });
  };

  useEffect(() => {
    if (pendingFocus && gridRef.current) {
      focusPlace(gridRef.current, pendingFocus);
      setPendingFocus(null);
    }
  }, [pendingFocus, rows]);

  useEffect(() => {
    if (!focusRequest || focusRequest.sectionKey !== section.key || !gridRef.current) return;
    const rowId =
      focusRequest.rowId ??
      (focusRequest.rowIndex !== undefined ? currentRows()[focusRequest.rowIndex]?.id : undefined);
    const place = { rowId, column: focusRequest.column, year: focusRequest.year };
    // A finding about the whole table (e.g. no rows yet) lands on its first cell or on Tambah Baris.
    if (!focusPlace(gridRef.current, place)) addButton.current?.focus();
  }, [focusRequest, section.key, currentRows]);

  // Option lists and years depend on the project details and the template, not on the rows.
  const { optionsFor, years } = useMemo(() => {
    const ctx = contextOf(useAppStore.getState().doc!);
    const cache = new Map<string, ChoiceOption[]>();
    return {
      years: periodYears(ctx.project),
      optionsFor(column: ColumnDef, dimension: string | undefined): ChoiceOption[] {
        const key = `${column.id}|${column.source === 'element' ? (dimension ?? '') : ''}`;
        let options = cache.get(key);
        if (!options) {
          options = columnOptions(ctx, column, column.source === 'element' ? dimension : undefined);
          cache.set(key, options);
        }
        return options;
      },
    };
    // The memo is keyed on what the options come from; the rest of the document does not matter.
  }, [meta, template]);

  if (!table)
    return <p className="muted">{t('grid.missingTable', { table: section.def.table ?? '' })}</p>;
  return (
    <div className="grid-section">
      <p className="grid-help muted">{t(fixed ? 'grid.helpFixed' : 'grid.help')}</p>
      <div className="grid-scroll">
        <table
          ref={gridRef}
          role="grid"
          aria-label={table.caption}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length + 1}
          className="grid"
          onKeyDown={onKeyDown}
          key={reloads}
        >
          <thead>
            <tr role="row" aria-rowindex={1}>
              <th role="columnheader" scope="col" className="grid-rownum-head">
                {t('grid.number')}
              </th>
              {columns.map((column) => (
                <th
                  key={column.id}
                  role="columnheader"
                  scope="col"
                  className={`grid-head grid-col-${column.type}`}
                >
                  {column.label}
                  {column.required && (
                    <span className="required-mark" title={t('common.required')}>
                      *
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <GridRow
                key={row.id}
                row={row}
                index={index}
                count={rows.length}
                columns={columns}
                fixed={fixed}
                optionsFor={optionsFor}
                years={years}
                onCell={onCell}
                onMove={onMove}
                onRemove={onRemove}
              />
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="grid-empty muted">{t('grid.empty')}</p>}
      </div>
      <div className="grid-actions">
        {!fixed && (
          <button type="button" className="button" ref={addButton} onClick={onAdd}>
            {t('grid.addRow')}
          </button>
        )}
        <span className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </span>
      </div>
    </div>
  );
}
