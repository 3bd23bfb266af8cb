/**
 * The layout model as pandoc Markdown: the same text, headings, lists, tables (pipe tables
 * with the layout's relative widths), figures (charts as the PNG our DOCX embeds),
 * footnotes and page breaks, for pandoc's DOCX writer. What Markdown cannot say
 * (landscape pages, cell shading) is left out.
 */
import type {
  Block,
  LayoutDocument,
  ListBlock,
  Run,
  TableBlock,
  TableCell,
} from '../../src/core/layout/model.ts';
import { figureRaster } from '../../src/core/layout/rasterize.ts';
import type { MediaFolder } from './media.ts';

const PAGE_BREAK = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```';
const HEADING_LEVEL: Record<string, number> = {
  front: 1,
  book: 1,
  chapter: 1,
  annex: 1,
  section: 2,
  subsection: 3,
  subsubsection: 4,
};

function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~^$@])/g, '\\$1');
}

function run(r: Run, inTable: boolean): string {
  if (r.footnote !== undefined) return `^[${escape(r.footnote)}]`;
  let text = escape(r.text).replace(/\n/g, inTable ? ' ' : '\\\n');
  if (text.trim() === '') return text;
  if (r.bold) text = `**${text}**`;
  if (r.italic) text = `*${text}*`;
  if (r.underline) text = `[${text}]{.underline}`;
  if (r.link) text = `[${text}](${r.link})`;
  return text;
}

function runs(list: Run[], inTable = false): string {
  return list.map((r) => run(r, inTable)).join('');
}

function list(block: ListBlock, indent: string): string[] {
  return block.items.flatMap((item, i) => {
    const marker = block.ordered ? `${i + 1}.` : '-';
    const lines = [`${indent}${marker} ${runs(item.runs)}`];
    if (item.children) lines.push('', ...list(item.children, `${indent}    `));
    return lines;
  });
}

function cells(row: TableCell[], width: number): string[] {
  const out: string[] = [];
  for (const cell of row) {
    out.push(runs(cell.runs, true).trim());
    for (let i = 1; i < (cell.colSpan ?? 1); i++) out.push('');
  }
  while (out.length < width) out.push('');
  return out;
}

function table(block: TableBlock): string[] {
  const width = block.columns.length;
  const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  // Header rows are joined cell by cell: pipe tables have one header row.
  const header = block.header.reduce<string[]>(
    (joined, row) => cells(row, width).map((c, i) => [joined[i], c].filter(Boolean).join(' ')),
    [],
  );
  const rule = block.columns.map((c) =>
    '-'.repeat(Math.max(3, Math.round((c.width / total) * 120))),
  );
  const line = (values: string[]) => `| ${values.join(' | ')} |`;
  return [
    line(header.length ? header : cells([], width)),
    `|${rule.join('|')}|`,
    ...block.body.map((row) => line(cells(row, width))),
    '',
    `Table: ${escape(`${block.caption.label} ${block.caption.text}`)}`,
    ...(block.source ? ['', `*${escape(block.source)}*`] : []),
  ];
}

function blockLines(block: Block, media: MediaFolder): string[] {
  switch (block.kind) {
    case 'cover':
      return [
        block.documentTitle,
        ...block.regionLines,
        block.bookLine,
        block.period,
        block.issuer,
        block.year,
      ]
        .filter(Boolean)
        .map((line) => `**${escape(line)}**\n`)
        .concat(block.logo ? [`![](${media.path(block.logo)}){width=30%}`] : []);
    case 'heading': {
      const hashes = '#'.repeat(HEADING_LEVEL[block.role] ?? 2);
      const title = [block.number, block.text].filter(Boolean).join(' ');
      return [
        ...(block.pageBreakBefore ? [PAGE_BREAK, ''] : []),
        `${hashes} ${escape(title)} {#${block.anchor}}`,
      ];
    }
    case 'paragraph': {
      const text = runs(block.runs);
      if (block.style === 'subheading1' || block.style === 'subheading2') return [`**${text}**`];
      return [block.style === 'note' || block.style === 'placeholder' ? `*${text}*` : text];
    }
    case 'list':
      return list(block, '');
    case 'table':
      return table(block);
    case 'figure':
      return [
        `![${escape(`${block.caption.label} ${block.caption.text}`)}](${media.path(figureRaster(block.image))}){width=${Math.round(block.widthFraction * 100)}%}`,
      ];
    case 'toc':
      // pandoc writes its own table of contents (--toc); the lists of tables and figures are plain lines.
      return block.which === 'contents'
        ? []
        : [
            `**${escape(block.title)}**`,
            '',
            ...block.entries.map((e) => `${escape(`${e.number} ${e.text}`)} — ${e.pageEstimate}\\`),
          ];
    case 'signature':
      return [
        block.place,
        block.date,
        '',
        `**${escape(block.title)}**`,
        '',
        '',
        escape(block.name),
      ].map((l) => `${l}\\`);
    case 'page-break':
      return [PAGE_BREAK];
  }
}

/** The document as one Markdown text; images are written to `media` on the way. */
export function layoutToMarkdown(doc: LayoutDocument, media: MediaFolder): string {
  const parts: string[] = [
    `---\ntitle: "${doc.metadata.title.replace(/"/g, "'")}"\nlang: id-ID\n---`,
  ];
  doc.sections.forEach((section, i) => {
    if (i > 0) parts.push(PAGE_BREAK);
    for (const block of section.blocks) parts.push(blockLines(block, media).join('\n'));
  });
  return `${parts.join('\n\n')}\n`;
}
