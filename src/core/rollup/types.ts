/** Plain data of the roll-up: one programme of a regency/city as the province sees it. */

/** A programme of a regency/city plan, linked to its source (region, file, programme code). */
export interface ConsolidatedProgramme {
  /** Row id in the target plan, e.g. "kab-3322-GOV-01". */
  rowId: string;
  /** Kemendagri code of the regency/city, e.g. "33.22". */
  regionCode: string;
  /** "Kabupaten Semarang" */
  regionName: string;
  /** File name (no folder) the programme was read from; "" when not recorded. */
  sourceFile: string;
  /** The programme code in the regency/city plan, e.g. "GOV-01". */
  sourceCode: string;
  name: string;
  dimension: string;
  element: string;
  /** The regency's OPD abbreviation ("Diskominfo"), not an id of the province's OPD list. */
  ownerOpd: string;
  startYear: number;
  endYear: number;
  fundingSources: string[];
  /** Year ("2026") → Rupiah. */
  costs: Record<string, number>;
  /** Permendagri 90/2019 code, e.g. "2.16.03". */
  budgetCode?: string;
  output?: string;
  indicator?: string;
}

/** Why programmes were grouped as a shared-programme candidate. */
export type CandidateBasis = 'nama' | 'kode' | 'nama-kode';

/** Programmes of several regions that could become one shared programme. */
export interface SharedCandidate {
  /** Row id in the candidates table, e.g. "bersama-kab-3321-GOV-01". */
  id: string;
  /** A short name for the group, e.g. "Command Center". */
  theme: string;
  /** The element most members belong to. */
  element: string;
  dimension: string;
  basis: CandidateBasis;
  /** Members in region-code order. */
  members: ConsolidatedProgramme[];
  /** Kemendagri codes of the regions involved, sorted. */
  regions: string[];
  /** Sum of the members' costs over all years. */
  totalCost: number;
  /** The planner confirmed the group as a shared programme. */
  confirmed: boolean;
  notes: string;
}
