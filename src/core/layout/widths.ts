/** Shares the text width between table columns. */

export interface WidthSpec {
  /** Narrowest sensible width (longest word, or the whole value when it must not wrap). */
  minPt: number;
  /** Width of the longest line unwrapped. */
  naturalPt: number;
  weight: number;
  noWrap: boolean;
}

/** Share of its minimum a wrapping column may be squeezed to before the table overflows. */
const SQUEEZE_FLOOR = 0.6;

/**
 * When even the minimums do not fit: numbers keep their width (a broken amount is
 * unreadable) and the wrapping columns shrink in proportion, breaking long words,
 * down to SQUEEZE_FLOOR of their minimum; below that the minimums are returned and
 * the exporter's scaling to the page shares the shortfall.
 */
function squeezed(
  specs: WidthSpec[],
  fixed: (number | undefined)[],
  availablePt: number,
): number[] {
  const minimums = specs.map((s, i) => fixed[i] ?? s.minPt);
  const pinned = specs.reduce((sum, s, i) => sum + (s.noWrap ? minimums[i]! : 0), 0);
  const wrapping = specs.reduce((sum, s, i) => sum + (s.noWrap ? 0 : minimums[i]!), 0);
  const factor = wrapping > 0 ? (availablePt - pinned) / wrapping : 0;
  if (factor < SQUEEZE_FLOOR) return minimums;
  return specs.map((s, i) => (s.noWrap ? minimums[i]! : minimums[i]! * factor));
}

/**
 * Widths in points that add up to `availablePt`. Columns that must not wrap get
 * their natural width; the rest share what is left by weight, never below their
 * minimum and never wider than their longest line until all fit on one line; the
 * space then left over is shared in proportion to width. When even the minimums do
 * not fit, see `squeezed`.
 */
export function planWidths(specs: WidthSpec[], availablePt: number): number[] {
  const widths: (number | undefined)[] = specs.map((s) =>
    s.noWrap ? Math.max(s.minPt, s.naturalPt) : undefined,
  );
  const fixedSum = () => widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const mins = specs.reduce((sum, s, i) => sum + (widths[i] ?? s.minPt), 0);
  if (mins >= availablePt) return squeezed(specs, widths, availablePt);

  // Settle the wrapping columns: pin those below their minimum, then cap those above
  // their natural width, until every remaining one sits between the two.
  for (let round = 0; round < specs.length * 2; round++) {
    const open = specs.map((_, i) => i).filter((i) => widths[i] === undefined);
    if (open.length === 0) break;
    const free = availablePt - fixedSum();
    const weight = open.reduce((sum, i) => sum + specs[i]!.weight, 0) || open.length;
    const share = (i: number) => (free * (specs[i]!.weight || 1)) / weight;
    const short = open.filter((i) => share(i) < specs[i]!.minPt);
    if (short.length) {
      for (const i of short) widths[i] = specs[i]!.minPt;
      continue;
    }
    const roomy = open.filter((i) => share(i) > specs[i]!.naturalPt);
    if (roomy.length) {
      for (const i of roomy) widths[i] = specs[i]!.naturalPt;
      continue;
    }
    for (const i of open) widths[i] = share(i);
    break;
  }
  const result = specs.map((s, i) => widths[i] ?? s.minPt);
  // Whatever is left (every column fits on one line) goes to the wrapping columns in
  // proportion to their width, so the table spans the page without one column ballooning.
  const leftover = availablePt - result.reduce((sum, w) => sum + w, 0);
  if (leftover > 0.5) {
    const growable = specs.map((s, i) => (s.noWrap ? -1 : i)).filter((i) => i >= 0);
    const targets = growable.length ? growable : specs.map((_, i) => i);
    const width = targets.reduce((sum, i) => sum + result[i]!, 0) || 1;
    for (const i of targets) result[i]! += (leftover * result[i]!) / width;
  }
  return result;
}
