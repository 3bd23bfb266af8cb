/**
 * Fills the page numbers of Daftar Isi / Tabel / Gambar after layout. pdfmake
 * reserves "00000" for a page reference and would print the physical page; we
 * print the page's label instead (i, ii … 1, 2 …), right-aligned, on the last
 * line of the entry's title, with a dotted leader between title and number.
 */
import {
  type LaidOutInline,
  type LaidOutLine,
  type LaidOutPage,
  type LaidOutVector,
  linesOf,
} from './laidOut.ts';

/** Gap between the leader and the text on either side, in em. */
const LEADER_GAP_EM = 0.4;
const LEADER_DOT_SPACING = 3;
/** Dash length of a dot; its round caps make it round. */
const DOT = 0.01;

interface Reference {
  line: LaidOutLine;
  inline: LaidOutInline;
  anchor: string;
}

function widthOf(inline: LaidOutInline, text: string): number {
  const spacing = (inline.characterSpacing ?? 0) * Math.max(0, text.length - 1);
  return inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) + spacing;
}

/** Whether a page holds page-number placeholders, to be filled when every page is known. */
export function hasPageReferences(page: LaidOutPage): boolean {
  for (const line of linesOf(page)) {
    if (line._pageNodeRef !== undefined) return true;
    if (line.inlines.some((inline) => inline._pageNodeRef !== undefined)) return true;
  }
  return false;
}

/** Takes the page-reference placeholders off a page, so the renderer leaves them alone. */
function takeReferences(page: LaidOutPage): Reference[] {
  const found: Reference[] = [];
  for (const line of linesOf(page)) {
    const marked = line._pageNodeRef !== undefined ? line.inlines.slice(0, 1) : [];
    delete line._pageNodeRef;
    for (const inline of line.inlines) {
      if (inline._pageNodeRef !== undefined || marked.includes(inline)) {
        delete inline._pageNodeRef;
        if (inline.linkToDestination)
          found.push({ line, inline, anchor: inline.linkToDestination });
      }
    }
  }
  return found;
}

/** The last line of the entry's title: same anchor, at or below the number's first line. */
function lastTitleLine(
  page: LaidOutPage,
  ref: Reference,
  numberLines: Set<LaidOutLine>,
): LaidOutLine | undefined {
  let last: LaidOutLine | undefined;
  for (const line of linesOf(page)) {
    if (numberLines.has(line) || line.y < ref.line.y - 0.5) continue;
    if (!line.inlines.some((inline) => inline.linkToDestination === ref.anchor)) continue;
    if (
      !last ||
      line.y > last.y ||
      (line.y === last.y && line.x + line.getWidth() > last.x + last.getWidth())
    ) {
      last = line;
    }
  }
  return last;
}

function leader(from: number, to: number, line: LaidOutLine): LaidOutVector {
  const y = line.y + line.getAscenderHeight();
  // The phase puts the dots on a page-wide grid, so they line up from row to row.
  return {
    type: 'line',
    x1: from,
    y1: y,
    x2: to,
    y2: y,
    lineWidth: 0.8,
    lineColor: '#000000',
    lineCap: 'round',
    dash: { length: DOT, space: LEADER_DOT_SPACING - DOT, phase: from % LEADER_DOT_SPACING },
  };
}

/** Writes each reference's label (from `labelOf`) and draws its leader. */
export function fillTocNumbers(
  pages: readonly LaidOutPage[],
  labelOf: (anchor: string) => string,
): void {
  for (const page of pages) {
    const refs = takeReferences(page);
    const numberLines = new Set(refs.map((ref) => ref.line));
    for (const ref of refs) {
      const { inline, line } = ref;
      const label = labelOf(ref.anchor);
      const width = widthOf(inline, label);
      inline.x += inline.width - width; // the placeholder was right-aligned
      inline.width = width;
      inline.text = label;

      const title = lastTitleLine(page, ref, numberLines);
      if (!title) continue;
      line.y = title.y;
      const gap = LEADER_GAP_EM * inline.fontSize;
      const from = title.x + title.getWidth() + gap;
      const to = line.x + inline.x - gap;
      if (to - from > LEADER_DOT_SPACING)
        page.items.push({ type: 'vector', item: leader(from, to, title) });
    }
  }
}
