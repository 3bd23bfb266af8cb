/** A "fields" section (e.g. Data Pokok Daerah) as a two-column table of label and value. */
import type { CellValue } from '../model/project.ts';
import type { FieldDef } from '../template/types.ts';
import { alignFor, formatValue } from './cells.ts';
import type { PlannedColumn } from './columns.ts';
import type { LayoutEnv } from './env.ts';
import type { TableCell } from './model.ts';
import { runsOf } from './runs.ts';
import { assembleTable, type PlacedTable } from './tables.ts';

/** Printed in place of a missing required value, so the reviewer sees the gap. */
export const MISSING_VALUE = '[belum diisi]';

const COLUMNS: PlannedColumn[] = [
  { sourceId: 'label', header: 'Uraian', align: 'left', weight: 3, noWrap: false, text: () => '' },
  { sourceId: 'value', header: 'Nilai', align: 'left', weight: 2, noWrap: false, text: () => '' },
];

/** Whether any field has a value. */
export function fieldsHaveValues(values: Record<string, CellValue>): boolean {
  return Object.values(values).some((v) => v !== '' && !(Array.isArray(v) && v.length === 0));
}

/** The table of a fields section; optional fields without a value are left out. */
export function fieldsTable(
  env: LayoutEnv,
  fields: FieldDef[],
  values: Record<string, CellValue>,
  captionText: string,
): PlacedTable {
  const body: TableCell[][] = [];
  for (const field of fields) {
    if (field.export === false) continue;
    const text = formatValue(env, field, values[field.id]);
    if (!text && !field.required) continue;
    body.push([
      { runs: runsOf(field.label) },
      text
        ? { runs: runsOf(text), align: alignFor(field.type) === 'right' ? 'right' : 'left' }
        : { runs: [{ text: MISSING_VALUE, italic: true }] },
    ]);
  }
  return assembleTable(env, captionText, COLUMNS, body);
}
