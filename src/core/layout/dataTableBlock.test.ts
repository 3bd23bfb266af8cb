import { describe, expect, it } from 'vitest';
import type { DataColumn, DataTable } from '../rollup/index.ts';
import { body } from '../rollup/dataTable.ts';
import { kotaSemarangContext } from './__fixtures__/kotaSemarang.ts';
import { balancedRuns, dataTableParts, printedParts } from './dataTableBlock.ts';
import { createLayoutEnv } from './env.ts';

const runsOf = (sizes: number[], count: number) =>
  balancedRuns(
    sizes.map((size, i) => ({ name: `g${i}`, indices: Array.from({ length: size }, () => i) })),
    count,
  ).map((run) => run.reduce((sum, group) => sum + group.indices.length, 0));

describe('cutting a table between its column groups', () => {
  it('makes runs of the groups in order whose largest is as small as can be', () => {
    expect(runsOf([3, 3, 3, 3, 3, 3], 2)).toEqual([9, 9]);
    expect(runsOf([4, 3, 6, 4, 5], 4)).toEqual([7, 6, 4, 5]);
    expect(runsOf([1, 1, 10], 2)).toEqual([2, 10]);
    // Never an empty run, even when the groups are as many as the runs.
    expect(runsOf([5, 1, 1], 3)).toEqual([5, 1, 1]);
  });

  it('leaves a table of one group whole, under its own caption', () => {
    // Fifteen years of costs under one group header: nothing to cut between.
    const years: DataColumn[] = Array.from({ length: 15 }, (_, i) => ({
      id: `y${2026 + i}`,
      label: String(2026 + i),
      kind: 'rupiah',
      width: 10,
      group: 'Perkiraan Biaya per Tahun',
    }));
    const table: DataTable = {
      id: 'per-wilayah',
      caption: 'Jumlah Program dan Perkiraan Biaya per Kabupaten/Kota',
      landscape: true,
      columns: [{ id: 'region', label: 'Kabupaten/Kota', kind: 'text', width: 16 }, ...years],
      rows: [body('Kabupaten Kendal', ...years.map(() => 12_850_000_000))],
    };
    const env = createLayoutEnv(kotaSemarangContext(), []);
    const parts = printedParts(env, dataTableParts(table), true);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.table.caption).toBe(table.caption);
    expect(parts[0]!.columns).toHaveLength(16);
  });
});
