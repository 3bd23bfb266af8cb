/**
 * The migration sequence of the `.rencana` format. Each step takes a document of
 * version N and returns version N+1; loading runs every step from the file's
 * version up to FORMAT_VERSION. Version 1 is the first format, so the list is
 * empty today; a format change adds a step here, a fixture and a test.
 */
import { FORMAT_VERSION } from '../model/project.ts';

export interface Migration {
  from: number;
  /** What changed, for the log and the user ("Versi 2: …"). */
  description: string;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: Migration[] = [];

/** Runs the migrations from `version` to the current one; returns the steps applied. */
export function migrate(
  document: Record<string, unknown>,
  version: number,
  migrations: Migration[] = MIGRATIONS,
  target: number = FORMAT_VERSION,
): { document: Record<string, unknown>; applied: Migration[] } {
  let current = document;
  const applied: Migration[] = [];
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`Tidak ada migrasi dari versi format ${v} ke ${v + 1}.`);
    current = { ...step.up(current), formatVersion: v + 1 };
    applied.push(step);
  }
  return { document: current, applied };
}
