/** Median, minimum and maximum of repeated measurements. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Every run, in the order measured. */
  runs: number[];
}

/** The summary of one or more values; the median of an even count is the mean of the middle two. */
export function summarize(values: number[]): Summary {
  if (values.length === 0) throw new Error('summarize: tidak ada nilai');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: values };
}

/** The value at fraction p (0–1) of the sorted values, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile: tidak ada nilai');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1]!;
}

/** The summary when every value is known; undefined when any is missing (no GNU time). */
export function summarizeKnown(values: (number | undefined)[]): Summary | undefined {
  return values.every((v): v is number => v !== undefined) && values.length > 0
    ? summarize(values)
    : undefined;
}
