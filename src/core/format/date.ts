/** Dates as Indonesian documents write them: "22 November 2026". */

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** "2026-11-22" → "22 November 2026"; undefined for a malformed date. */
export function formatDateId(isoDate: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const monthIndex = Number(month) - 1;
  const dayNumber = Number(day);
  const date = new Date(Date.UTC(Number(year), monthIndex, dayNumber));
  if (date.getUTCMonth() !== monthIndex || date.getUTCDate() !== dayNumber) return undefined;
  return `${dayNumber} ${MONTHS_ID[monthIndex]} ${year}`;
}

/** Today's date as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
