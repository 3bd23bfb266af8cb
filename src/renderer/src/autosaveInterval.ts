/** How often autosave runs: 30 s, or what a test asked for in the page address. */

export const AUTOSAVE_INTERVAL_MS = 30_000;
const MIN_INTERVAL_MS = 100;

/**
 * The interval: 30 s, unless the page was opened with `?autosave-ms=N` (tests use this so
 * they never wait 30 s).
 */
export function autosaveInterval(search: string): number {
  const asked = Number(new URLSearchParams(search).get('autosave-ms'));
  return Number.isFinite(asked) && asked >= MIN_INTERVAL_MS ? asked : AUTOSAVE_INTERVAL_MS;
}
