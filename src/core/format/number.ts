/** Indonesian number formatting: dot thousands separator, comma decimals. */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 1250000 → "1.250.000"; 3.1 → "3,1"; -2.5 → "-2,5". */
export function formatNumber(value: number, fractionDigits?: number): string {
  const fixed = fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits);
  const negative = fixed.startsWith('-');
  const [whole = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const body = groupThousands(whole) + (fraction ? `,${fraction}` : '');
  return negative ? `-${body}` : body;
}

/** 1250000000 → "Rp1.250.000.000" (no space, as in Indonesian government documents). */
export function formatRupiah(value: number): string {
  const rounded = Math.round(value);
  return rounded < 0
    ? `-Rp${groupThousands(String(-rounded))}`
    : `Rp${groupThousands(String(rounded))}`;
}

/** 12.5 → "12,5%". */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

/**
 * Reads a number as a user types it in Indonesian ("1.250.000", "3,10", "Rp 2.000")
 * or plain ("1250000", "3.1" when there is a single dot followed by 1–2 digits).
 * Returns undefined when the text is not a number.
 */
export function parseIndonesianNumber(text: string): number | undefined {
  let s = text
    .trim()
    .replace(/^Rp\s?/i, '')
    .replace(/\s/g, '')
    .replace(/%$/, '');
  if (s === '' || !/^-?[0-9.,]+$/.test(s)) return undefined;
  if (s.includes(',')) {
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
    s = s.replace(/\./g, '');
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : undefined;
}
