/**
 * The layout model as HTML for WeasyPrint: the same blocks as the PDF exporter lays out
 * (charts as SVG, which both draw as vectors), with the page furniture in CSS (htmlStyle.ts).
 */
import type {
  Block,
  LayoutDocument,
  ListBlock,
  PageSection,
  Run,
  TableBlock,
  TableCell,
} from '../../src/core/layout/model.ts';
import { htmlStyle } from './htmlStyle.ts';
import type { MediaFolder } from './media.ts';

const TAG: Record<string, string> = {
  front: 'h1',
  book: 'h1',
  chapter: 'h1',
  annex: 'h1',
  section: 'h2',
  subsection: 'h3',
  subsubsection: 'h4',
};
const PARAGRAPH_CLASS: Record<string, string> = {
  subheading1: 'sub1',
  subheading2: 'sub2',
  note: 'note',
  placeholder: 'placeholder',
  body: '',
};

function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function run(r: Run): string {
  if (r.footnote !== undefined) return `<span class="fn">${esc(r.footnote)}</span>`;
  let html = esc(r.text).replaceAll('\n', '<br>');
  if (r.bold) html = `<b>${html}</b>`;
  if (r.italic) html = `<i>${html}</i>`;
  if (r.underline) html = `<u>${html}</u>`;
  if (r.link) html = `<a href="${esc(r.link)}">${html}</a>`;
  return html;
}

function runs(list: Run[]): string {
  return list.map(run).join('');
}

function list(block: ListBlock): string {
  const tag = block.ordered ? 'ol' : 'ul';
  const items = block.items.map(
    (item) => `<li>${runs(item.runs)}${item.children ? list(item.children) : ''}</li>`,
  );
  return `<${tag}>${items.join('')}</${tag}>`;
}

function cell(c: TableCell, tag: 'th' | 'td'): string {
  const classes = [
    c.shade && c.shade !== 'header' ? c.shade : '',
    c.align && c.align !== 'left' ? c.align : '',
  ]
    .filter(Boolean)
    .join(' ');
  const attrs = `${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${classes ? ` class="${classes}"` : ''}`;
  return `<${tag}${attrs}>${runs(c.runs)}</${tag}>`;
}

function table(block: TableBlock): string {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const cols = block.columns
    .map((c) => `<col style="width:${((100 * c.width) / total).toFixed(2)}%">`)
    .join('');
  const head = block.header
    .map((row) => `<tr>${row.map((c) => cell(c, 'th')).join('')}</tr>`)
    .join('');
  const body = block.body
    .map((row) => `<tr>${row.map((c) => cell(c, 'td')).join('')}</tr>`)
    .join('');
  const caption = `<caption id="${block.caption.anchor}">${esc(`${block.caption.label} ${block.caption.text}`)}</caption>`;
  const source = block.source ? `<p class="note">${esc(block.source)}</p>` : '';
  return `<table style="font-size:${block.fontPt}pt">${caption}<colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>${source}`;
}

function blockHtml(block: Block, media: MediaFolder): string {
  switch (block.kind) {
    case 'cover':
      return `<div class="cover">${[
        block.documentTitle,
        ...block.regionLines,
        block.bookLine,
        block.period,
      ]
        .filter(Boolean)
        .map((l) => `<p>${esc(l)}</p>`)
        .join(
          '',
        )}${block.logo ? `<img src="${media.path(block.logo)}" alt="">` : ''}<p>${esc(block.issuer)}</p><p>${esc(block.year)}</p></div>`;
    case 'heading': {
      const tag = TAG[block.role] ?? 'h2';
      return `<${tag} id="${block.anchor}"${block.pageBreakBefore ? ' class="break"' : ''}>${esc([block.number, block.text].filter(Boolean).join(' '))}</${tag}>`;
    }
    case 'paragraph': {
      const cls = PARAGRAPH_CLASS[block.style] ?? '';
      const align =
        block.align && block.align !== 'justify' ? ` style="text-align:${block.align}"` : '';
      return `<p${cls ? ` class="${cls}"` : ''}${align}>${runs(block.runs)}</p>`;
    }
    case 'list':
      return list(block);
    case 'table':
      return table(block);
    case 'figure':
      return `<figure id="${block.caption.anchor}"><img src="${media.path(block.image)}" style="width:${Math.round(block.widthFraction * 100)}%" alt=""><figcaption>${esc(`${block.caption.label} ${block.caption.text}`)}</figcaption></figure>`;
    case 'toc':
      return `<nav><h1>${esc(block.title)}</h1>${block.entries.map((e) => `<p class="l${e.level}"><a href="#${e.anchor}">${esc([e.number, e.text].filter(Boolean).join(' '))}</a></p>`).join('')}</nav>`;
    case 'signature':
      return `<div class="signature"><p>${esc(block.place)}<br>${esc(block.date)}</p><p><b>${esc(block.title)}</b></p><p style="margin-top:48pt">${esc(block.name)}</p></div>`;
    case 'page-break':
      return '<div style="break-after: page"></div>';
  }
}

function sectionHtml(section: PageSection, media: MediaFolder): string {
  const classes = [
    section.orientation === 'landscape' ? 'landscape' : '',
    !section.headerFooter ? 'bare' : section.numbering === 'roman' ? 'roman' : '',
  ].filter(Boolean);
  return `<section class="${classes.join(' ')}">${section.blocks.map((b) => blockHtml(b, media)).join('\n')}</section>`;
}

/** The document as one HTML page; images are written to `media` on the way. */
export function layoutToHtml(doc: LayoutDocument, media: MediaFolder): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="id"><head><meta charset="utf-8"><title>${esc(doc.metadata.title)}</title>`,
    `<style>${htmlStyle(doc.profile)}</style></head><body>`,
    `<header class="running">${esc(doc.headerText)}</header>`,
    ...doc.sections.map((s) => sectionHtml(s, media)),
    '</body></html>',
  ].join('\n');
}
