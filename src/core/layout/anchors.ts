/** Unique anchors for headings and captions. */

/**
 * Anchors are short and sequential ("h_0012", "tbl_0003") so they are valid as Word
 * bookmark names (a letter first, then letters, digits or "_", at most 40 characters)
 * and as PDF destinations, whatever the outline key looks like.
 */
export class AnchorFactory {
  private readonly counts = new Map<string, number>();

  /** The next anchor with this prefix. */
  next(prefix: 'h' | 'tbl' | 'fig'): string {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return `${prefix}_${String(n).padStart(4, '0')}`;
  }
}
