/**
 * Pasted HTML (Word, LibreOffice, web pages) to rich-text blocks: paragraphs, sub-headings,
 * bulleted and numbered lists (Word's "mso-list" paragraphs included), bold, italic,
 * underline, links and Word footnotes are kept; fonts, colours, sizes and spacing are not.
 */
import type {
  BlockNode,
  FormattedText,
  InlineNode,
  ListElement,
  ListItemElement,
} from '../../../core/model/richtext.ts';
import { isAllowedLink } from './commands.ts';
import {
  hasText,
  marksOf,
  STYLE_ATTRIBUTE,
  styleOf,
  text,
  tidy,
  withEdges,
  withoutLiveStyles,
  type Marks,
} from './htmlInline.ts';
import { buildLists, groupListLines, type WordListLine } from './wordLists.ts';

const SKIPPED = new Set([
  'STYLE',
  'SCRIPT',
  'META',
  'LINK',
  'TITLE',
  'HEAD',
  'XML',
  'IMG',
  'SVG',
  'O:P',
  'V:SHAPE',
  'V:IMAGEDATA',
]);
const BLOCKS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'TBODY',
  'THEAD',
  'CENTER',
]);

/** Walks pasted HTML block by block, collecting Word list lines until their list ends. */
class Converter {
  private readonly blocks: BlockNode[] = [];
  private listLines: WordListLine[] = [];

  constructor(private readonly footnotes: Map<string, string>) {}

  result(): BlockNode[] {
    this.flushList();
    return this.blocks;
  }

  /** Inline content of an element, with marks, links and footnote marks. */
  inlines(node: Node, marks: Marks): InlineNode[] {
    if (node.nodeType === Node.TEXT_NODE) return [text(node.textContent ?? '', marks)];
    if (!(node instanceof Element)) return [];
    if (SKIPPED.has(node.tagName) || styleOf(node).includes('mso-list:ignore')) return [];
    if (node.tagName === 'BR') return [text(' ', marks)];
    const footnote = this.footnoteOf(node);
    if (footnote !== undefined)
      return [{ type: 'footnote', note: footnote, children: [{ text: '' }] }];
    const inner = marksOf(node, marks);
    const children = [...node.childNodes].flatMap((child) => this.inlines(child, inner));
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (isAllowedLink(href)) {
        const texts = children.filter((c): c is FormattedText => 'text' in c);
        if (texts.some((t) => t.text.trim() !== ''))
          return [{ type: 'link', url: href.trim(), children: texts }];
      }
    }
    return children;
  }

  private footnoteOf(element: Element): string | undefined {
    if (element.tagName !== 'A') return undefined;
    // Word writes "#_ftn1"; a browser may have made it absolute.
    const match = /#_?ftn(\d+)$/.exec(element.getAttribute('href') ?? '');
    return match ? (this.footnotes.get(match[1]!) ?? '') : undefined;
  }

  private paragraph(inlines: InlineNode[]): void {
    const children = tidy(inlines);
    if (hasText(children)) this.blocks.push({ type: 'paragraph', children: withEdges(children) });
  }

  private heading(inlines: InlineNode[], level: 1 | 2): void {
    const children = tidy(inlines).map((n) =>
      'text' in n ? { text: n.text, ...(n.italic ? { italic: true as const } : {}) } : n,
    );
    if (hasText(children))
      this.blocks.push({ type: 'heading', level, children: withEdges(children) });
  }

  /**
   * A Word list paragraph: "mso-list: l0 level2 lfo1" in Word's own HTML, or only the class
   * MsoListParagraph* and an indent once a browser has cleaned the HTML. The bullet or number
   * Word writes in front is dropped; it tells whether the list is numbered.
   */
  private wordListLine(element: Element, marks: Marks): boolean {
    const style = styleOf(element);
    const listed = /mso-list:l\d+level(\d+)/.exec(style);
    const className = element.getAttribute('class') ?? '';
    if (!listed && !/MsoListParagraph/.test(className)) return false;
    const indent = /margin-left:([\d.]+)pt/.exec(style);
    const level = listed ? Number(listed[1]) : indent && Number(indent[1]) >= 54 ? 2 : 1;
    const inlines = tidy(this.inlines(element, marks));
    let marker = [...element.querySelectorAll(`[${STYLE_ATTRIBUTE}*="mso-list"]`)]
      .map((e) => (styleOf(e).includes('mso-list:ignore') ? (e.textContent ?? '') : ''))
      .join('')
      .trim();
    if (!listed) {
      // Cleaned HTML keeps the marker as text: "·   Item", "1.   Item".
      const first = inlines[0];
      const match =
        first && 'text' in first
          ? /^\s*([·•o§▪\-–*]|[\dA-Za-z]{1,4}[.)])[\s\u00a0]+/.exec(first.text)
          : null;
      if (match && first && 'text' in first) {
        marker = match[1]!;
        first.text = first.text.slice(match[0].length);
      }
    }
    this.listLines.push({
      level,
      ordered: /^[\dA-Za-z]{1,4}[.)]/.test(marker),
      inlines: tidy(inlines),
      list: /mso-list:(l\d+)/.exec(style)?.[1] ?? '',
      first: /CxSpFirst|MsoListParagraph(\s|$)/.test(className),
    });
    return true;
  }

  private flushList(): void {
    const lines = this.listLines;
    this.listLines = [];
    for (const group of groupListLines(lines)) this.blocks.push(...buildLists(group));
  }

  /** An HTML list (from a browser or LibreOffice). */
  private htmlList(element: Element, marks: Marks): ListElement {
    const items: ListItemElement[] = [];
    for (const child of element.children) {
      if (child.tagName !== 'LI') continue;
      const nested = [...child.children].filter((c) => c.tagName === 'UL' || c.tagName === 'OL');
      const inlineParts = [...child.childNodes].filter(
        (c) => !(c instanceof Element && (c.tagName === 'UL' || c.tagName === 'OL')),
      );
      const inlines = tidy(inlineParts.flatMap((c) => this.inlines(c, marks)));
      const item: ListItemElement = {
        type: 'list-item',
        children: [{ type: 'paragraph', children: withEdges(inlines) }],
      };
      for (const list of nested) item.children.push(this.htmlList(list, marks));
      items.push(item);
    }
    return { type: element.tagName === 'OL' ? 'numbered-list' : 'bulleted-list', children: items };
  }

  /** Walks block-level content. */
  block(node: Node, marks: Marks): void {
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node.textContent ?? '').trim() !== '') {
        this.flushList();
        this.paragraph([text(node.textContent ?? '', marks)]);
      }
      return;
    }
    if (!(node instanceof Element) || SKIPPED.has(node.tagName)) return;
    // Word's footnote list: its notes already travel with their marks.
    if (
      /^_?ftn\d+$/.test(node.id) ||
      node.querySelector(':scope > div[id^="ftn"], :scope > div[id^="_ftn"]')
    )
      return;
    if (this.wordListLine(node, marks)) return;
    this.flushList();
    const tag = node.tagName;
    const className = node.getAttribute('class') ?? '';
    if (/^H[1-6]$/.test(tag) || /MsoTitle|MsoSubtitle/.test(className)) {
      this.heading(
        this.inlines(node, marks),
        tag === 'H1' || tag === 'H2' || className.includes('MsoTitle') ? 1 : 2,
      );
      return;
    }
    if (tag === 'UL' || tag === 'OL') {
      const list = this.htmlList(node, marks);
      if (list.children.length > 0) this.blocks.push(list);
      return;
    }
    const hasBlocks = [...node.children].some((c) => BLOCKS.has(c.tagName));
    if (hasBlocks || tag === 'TABLE' || tag === 'TR' || tag === 'TBODY' || tag === 'THEAD') {
      for (const child of node.childNodes) this.block(child, marksOf(node, marks));
      return;
    }
    if (BLOCKS.has(tag)) {
      this.paragraph(this.inlines(node, marks));
      return;
    }
    // Inline content outside any block: its own paragraph.
    this.paragraph(this.inlines(node, marks));
  }
}

/** Word's footnote texts by number, from the footnote list at the end of its HTML. */
function footnoteTexts(body: HTMLElement): Map<string, string> {
  const notes = new Map<string, string>();
  for (const holder of body.querySelectorAll('div[id^="ftn"], div[id^="_ftn"]')) {
    const number = /(\d+)$/.exec(holder.id)?.[1];
    if (!number) continue;
    const clone = holder.cloneNode(true) as HTMLElement;
    for (const ref of clone.querySelectorAll('a[href*="ftnref"]')) ref.remove();
    notes.set(number, (clone.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim());
  }
  return notes;
}

/** The blocks of a piece of pasted HTML; empty when nothing with text was found. */
export function htmlToBlocks(html: string): BlockNode[] {
  const body = new DOMParser().parseFromString(withoutLiveStyles(html), 'text/html').body;
  const converter = new Converter(footnoteTexts(body));
  for (const child of body.childNodes) converter.block(child, {});
  return converter.result();
}
