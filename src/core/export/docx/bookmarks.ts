/** Word bookmarks for the layout's anchors (headings and captions). */
import { escapeXml } from './xml.ts';

const MAX_NAME = 40;

/**
 * Names start with "_Toc", as Word names the bookmarks its tables of contents link
 * to, which also hides them from the Bookmark dialog. A name keeps only what Word
 * allows (letters, digits, "_", at most 40 characters) and stays unique.
 */
export class BookmarkNames {
  private readonly names = new Map<string, string>();
  private readonly taken = new Set<string>();
  private lastId = 0;

  /** The bookmark name of `anchor`, the same every time it is asked. */
  of(anchor: string): string {
    const known = this.names.get(anchor);
    if (known !== undefined) return known;
    const base = `_Toc_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, MAX_NAME);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, MAX_NAME - suffix.length) + suffix;
    }
    this.names.set(anchor, name);
    this.taken.add(name);
    return name;
  }

  /** `content` (paragraph content) inside the bookmark of `anchor`. */
  around(anchor: string, content: string): string {
    const id = ++this.lastId;
    return `<w:bookmarkStart w:id="${id}" w:name="${escapeXml(this.of(anchor))}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
  }
}
