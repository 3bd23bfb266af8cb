/** What one roll-up run did, for the CLI, the editor and tests. */
import type { RowCounts } from './rowDiff.ts';

/** One regency/city plan brought in. */
export interface RegionImport {
  index: number;
  file: string;
  regionCode: string;
  regionName: string;
  /** Programmes in the file. */
  programmes: number;
  counts: RowCounts;
}

/** A region imported earlier whose file was not given this time: its rows stay. */
export interface KeptRegion {
  regionCode: string;
  regionName: string;
  rows: number;
}

/** Everything a roll-up changed in the target plan. */
export interface RollupChanges {
  imported: RegionImport[];
  kept: KeptRegion[];
  /** Rows of "Status Rencana Induk Kabupaten/Kota" (province plans only). */
  status?: { added: number; updated: number };
  /** Shared-programme candidates written to the plan (province plans only). */
  candidates?: {
    total: number;
    added: number;
    confirmed: number;
    keptConfirmed: number;
    dropped: number;
  };
  /** OPD entries added to an agglomeration plan for its members' agencies. */
  opdAdded?: number;
}
