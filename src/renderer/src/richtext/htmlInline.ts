/** Inline content of pasted HTML: marks from tags and styles, tidy text runs, styles kept inert. */
import type { FormattedText, InlineNode } from '../../../core/model/richtext.ts';

export type Marks = Pick<FormattedText, 'bold' | 'italic' | 'underline'>;

/**
 * Style attributes are read under another name: parsed as "style" they would be checked against
 * the page's CSP (and reported as violations) although nothing here ever applies them.
 */
export const STYLE_ATTRIBUTE = 'data-pasted-style';

/** The (renamed) style attribute, lower-case and without spaces. */
export function styleOf(element: Element): string {
  return (element.getAttribute(STYLE_ATTRIBUTE) ?? '').toLowerCase().replace(/\s+/g, '');
}

/** The HTML with style sheets removed and style attributes renamed, before it is parsed. */
export function withoutLiveStyles(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/(<[a-z][^>]*?\s)style(\s*=)/gi, `$1${STYLE_ATTRIBUTE}$2`);
}

/** The marks inside an element: its own tag or style added to those around it. */
export function marksOf(element: Element, inherited: Marks): Marks {
  const marks: Marks = { ...inherited };
  const style = styleOf(element);
  const tag = element.tagName;
  if (tag === 'B' || tag === 'STRONG' || /font-weight:(bold|[6-9]00)/.test(style))
    marks.bold = true;
  if (/font-weight:(normal|[1-4]00)/.test(style)) delete marks.bold;
  if (tag === 'I' || tag === 'EM' || style.includes('font-style:italic')) marks.italic = true;
  if (tag === 'U' || /text-decoration[^;]*underline/.test(style)) marks.underline = true;
  return marks;
}

/** A text run with marks. */
export function text(value: string, marks: Marks): FormattedText {
  return { text: value, ...marks };
}

function sameMarks(a: FormattedText, b: FormattedText): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}

/** Joins neighbouring texts with the same marks and collapses white space the way a browser shows it. */
export function tidy(inlines: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of inlines) {
    const last = out[out.length - 1];
    if ('text' in node && last && 'text' in last && sameMarks(last, node)) last.text += node.text;
    else out.push('text' in node ? { ...node } : node);
  }
  for (const node of out) if ('text' in node) node.text = node.text.replace(/[\s\u00a0]+/g, ' ');
  const first = out[0];
  if (first && 'text' in first) first.text = first.text.replace(/^ /, '');
  const last = out[out.length - 1];
  if (last && 'text' in last) last.text = last.text.replace(/ $/, '');
  return out.filter((node) => !('text' in node) || node.text !== '');
}

/** Whether there is anything a reader would see. */
export function hasText(inlines: InlineNode[]): boolean {
  return inlines.some((n) => ('text' in n ? n.text.trim() !== '' : true));
}

/** Slate wants a text before and after every inline element. */
export function withEdges(inlines: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of inlines) {
    if (!('text' in node) && (out.length === 0 || !('text' in out[out.length - 1]!)))
      out.push({ text: '' });
    out.push(node);
  }
  if (out.length === 0 || !('text' in out[out.length - 1]!)) out.push({ text: '' });
  return out;
}
