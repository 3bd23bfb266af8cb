/**
 * Tables as plain data: what the layout's "rollup" generator turns into document
 * tables and the XLSX report into sheets, so both show the same numbers. Values
 * are raw (Rupiah as integers); each renderer formats by the column's kind.
 */

export type DataKind = 'text' | 'integer' | 'rupiah' | 'year';

/** A column: header label, how its values are written, relative width. */
export interface DataColumn {
  id: string;
  label: string;
  kind: DataKind;
  /** Relative width. */
  width: number;
  /** A header over several adjacent columns (e.g. "Perkiraan Biaya per Tahun", a dimension name). */
  group?: string;
}

/** null is an empty cell (shown as "–" in documents). */
export type DataValue = string | number | null;

/** `group` rows carry their label in the first value and span the table; `subtotal`/`total` rows are bold. */
export type DataRowRole = 'body' | 'group' | 'subtotal' | 'total';

/** One row: its role and one value per column. */
export interface DataRow {
  role: DataRowRole;
  values: DataValue[];
}

/** A captioned table of raw values. */
export interface DataTable {
  id: string;
  /** Caption text without the "Tabel n.m" label. */
  caption: string;
  columns: DataColumn[];
  rows: DataRow[];
  landscape: boolean;
  /** A sentence printed under the table. */
  note?: string;
}

/** A body row. */
export const body = (...values: DataValue[]): DataRow => ({ role: 'body', values });
