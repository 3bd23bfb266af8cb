/**
 * Any value of a plan as text, for a message or a read-only cell: text as it is, a number
 * or truth value as JavaScript writes it, anything else as JSON. Never throws: a damaged
 * file can hold an object whose `toString` is not a function, which `String()` cannot turn
 * into text.
 */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return '';
  }
}
