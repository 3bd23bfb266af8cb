/** Shares the text width between table columns. */

export interface WidthSpec {
  /** Narrowest width that never breaks a word: the longest word, or the whole value when it must not wrap. */
  minPt: number;
  /** Width of the longest line unwrapped. */
  naturalPt: number;
  weight: number;
  noWrap: boolean;
  /** How much text a cell of the column holds on average, unwrapped (0 or absent: unknown). */
  textPt?: number;
}

/**
 * The share each column's weight gives it: half the template's weight, half the text its
 * cells hold (both as fractions of the wrapping columns' totals). By weight alone, a
 * column of long outputs next to one of short names got the same room and ran to fifteen
 * lines a row while the names took three; with its text counted, the lines even out and
 * the table takes fewer pages. Without text figures, the weights as they are.
 */
function shares(specs: readonly WidthSpec[]): number[] {
  const wrapping = specs.map((s, i) => (s.noWrap ? -1 : i)).filter((i) => i >= 0);
  const weights = wrapping.reduce((sum, i) => sum + (specs[i]!.weight || 1), 0);
  const text = wrapping.reduce((sum, i) => sum + (specs[i]!.textPt ?? 0), 0);
  return specs.map((s) => {
    const byWeight = (s.weight || 1) / (weights || 1);
    if (!(text > 0)) return s.weight || 1;
    return (byWeight + (s.textPt ?? 0) / text) / 2;
  });
}

/** Whether every column can have its minimum: no word of the table need break. */
export function minimumsFit(specs: readonly WidthSpec[], availablePt: number): boolean {
  return specs.reduce((sum, s) => sum + s.minPt, 0) <= availablePt + 0.01;
}

/**
 * When even the minimums do not fit (the caller has already tried the smallest type):
 * numbers keep their width, since a broken amount is unreadable, and the wrapping
 * columns shrink in proportion; their longest words then break.
 */
function squeezed(specs: readonly WidthSpec[], availablePt: number): number[] {
  const pinned = specs.reduce((sum, s) => sum + (s.noWrap ? s.minPt : 0), 0);
  const wrapping = specs.reduce((sum, s) => sum + (s.noWrap ? 0 : s.minPt), 0);
  const factor = wrapping > 0 ? Math.max(0, availablePt - pinned) / wrapping : 0;
  if (factor <= 0) return specs.map((s) => s.minPt);
  return specs.map((s) => (s.noWrap ? s.minPt : s.minPt * factor));
}

/**
 * Widths in points that add up to `availablePt`. Every column gets at least its
 * minimum, so no word breaks; columns that must not wrap get exactly that. The rest
 * share what is left by weight, never wider than their longest line until all fit
 * on one line; the space then left over is shared in proportion to width. When even
 * the minimums do not fit, see `squeezed`.
 */
export function planWidths(specs: readonly WidthSpec[], availablePt: number): number[] {
  if (!minimumsFit(specs, availablePt)) return squeezed(specs, availablePt);
  const widths: (number | undefined)[] = specs.map((s) => (s.noWrap ? s.minPt : undefined));
  const share = shares(specs);
  const fixedSum = () => widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);

  // Settle the wrapping columns: pin those below their minimum, then cap those above
  // their natural width, until every remaining one sits between the two.
  for (let round = 0; round < specs.length * 2; round++) {
    const open = specs.map((_, i) => i).filter((i) => widths[i] === undefined);
    if (open.length === 0) break;
    const free = availablePt - fixedSum();
    const weight = open.reduce((sum, i) => sum + share[i]!, 0) || open.length;
    const room = (i: number) => (free * share[i]!) / weight;
    const short = open.filter((i) => room(i) < specs[i]!.minPt);
    if (short.length) {
      for (const i of short) widths[i] = specs[i]!.minPt;
      continue;
    }
    const roomy = open.filter((i) => room(i) > specs[i]!.naturalPt);
    if (roomy.length) {
      for (const i of roomy) widths[i] = specs[i]!.naturalPt;
      continue;
    }
    for (const i of open) widths[i] = room(i);
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
