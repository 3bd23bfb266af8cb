/**
 * Number inputs that format as you type, in the Indonesian way: "Rp1.250.000", "12.500",
 * "3,75". The caret stays after the same digit it was after, whatever separators appear.
 */
import { formatNumber, formatRupiah, parseIndonesianNumber } from '../../../core/format/number.ts';

export type NumberKind = 'rupiah' | 'integer' | 'decimal' | 'year';

export interface Formatted {
  text: string;
  caret: number;
  /** undefined for an empty field or a lone sign. */
  value: number | undefined;
}

const RUPIAH_PREFIX = 'Rp';

function isSignificant(ch: string, kind: NumberKind): boolean {
  return /\d/.test(ch) || (ch === ',' && kind === 'decimal') || (ch === '-' && kind === 'decimal');
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The text of a stored value, as the field shows it when not being typed in. */
export function displayNumber(kind: NumberKind, value: number | undefined): string {
  if (value === undefined) return '';
  switch (kind) {
    case 'rupiah':
      return formatRupiah(value);
    case 'year':
      return String(value);
    case 'integer':
    case 'decimal':
      return formatNumber(value);
  }
}

/** Reformats what the user typed; `caret` is the caret position in `raw`. */
export function formatAsYouType(kind: NumberKind, raw: string, caret: number): Formatted {
  // A "." typed where a decimal comma belongs is taken as the comma: thousands dots are automatic.
  let input = raw;
  if (kind === 'decimal' && !input.includes(',')) {
    const lastDot = input.lastIndexOf('.');
    if (lastDot >= 0 && !/^\d{3}(\D|$)/.test(input.slice(lastDot + 1)))
      input = `${input.slice(0, lastDot)},${input.slice(lastDot + 1)}`;
  }
  let significantBeforeCaret = 0;
  let cleaned = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (!isSignificant(ch, kind)) continue;
    if (ch === '-' && cleaned !== '') continue;
    if (ch === ',' && cleaned.includes(',')) continue;
    cleaned += ch;
    if (i < caret) significantBeforeCaret++;
  }
  if (kind === 'year') cleaned = cleaned.slice(0, 4);
  const negative = cleaned.startsWith('-');
  const body = negative ? cleaned.slice(1) : cleaned;
  const [wholeRaw = '', fraction] = body.split(',');
  const whole = wholeRaw.replace(/^0+(?=\d)/, '');
  const removedZeros = wholeRaw.length - whole.length;
  significantBeforeCaret = Math.max(0, significantBeforeCaret - removedZeros);
  let text = kind === 'year' ? whole : groupThousands(whole);
  if (fraction !== undefined) text += `,${fraction}`;
  if (negative) text = `-${text}`;
  if (kind === 'rupiah' && text !== '') text = `${RUPIAH_PREFIX}${text}`;
  // Place the caret after the same number of significant characters.
  let newCaret = kind === 'rupiah' && text !== '' ? RUPIAH_PREFIX.length : 0;
  let seen = 0;
  while (newCaret < text.length && seen < significantBeforeCaret) {
    if (isSignificant(text[newCaret]!, kind)) seen++;
    newCaret++;
  }
  const value = body === '' || whole === '' ? undefined : parseIndonesianNumber(text);
  return { text, caret: newCaret, value };
}
