/** A compact, readable text of a layout document: for golden tests and for looking at a layout by eye. */
import type { Block, LayoutDocument, TocBlock } from './model.ts';
import { runsText } from './runs.ts';

function blockLine(block: Block): string | undefined {
  switch (block.kind) {
    case 'cover':
      return `cover: ${block.documentTitle} | ${block.regionLines.join(' / ')} | ${block.bookLine || '-'} | ${block.period} | ${block.issuer}${block.watermark ? ` | watermark ${block.watermark}` : ''}`;
    case 'heading': {
      const flags = [
        block.pageBreakBefore ? 'break' : '',
        block.restartNumbering ? 'restart' : '',
        block.toc ? '' : 'no-toc',
      ]
        .filter(Boolean)
        .join(',');
      return `${'  '.repeat(block.depth)}[${block.role}] ${block.number ? `${block.number} ` : ''}${block.text}${flags ? ` (${flags})` : ''}`;
    }
    case 'table':
      return `    ${block.caption.label} ${block.caption.text} [${block.columns.length} kolom, ${block.body.length} baris, ${block.fontPt} pt, lebar ${block.columns.map((c) => Math.round(c.width)).join('/')}]`;
    case 'figure':
      return `    ${block.caption.label} ${block.caption.text}`;
    case 'paragraph':
      return block.style === 'placeholder' ? `    ${runsText(block.runs)}` : undefined;
    case 'signature':
      return `    signature: ${block.place} / ${block.date} / ${block.title} / ${block.name}`;
    case 'toc':
      return `  ${block.title} (${block.entries.length} entri)`;
    case 'list':
    case 'page-break':
      return undefined;
  }
}

function tocLines(toc: TocBlock): string[] {
  return [
    `${toc.title}:`,
    ...toc.entries.map(
      (e) =>
        `${'  '.repeat(e.level)}${[e.number, e.text].filter(Boolean).join(' ')} .... ${e.pageEstimate}`,
    ),
  ];
}

/** Headings with numbers, captions, placeholders, section orientations and the three lists with their pages. */
export function layoutSummary(doc: LayoutDocument): string {
  const lines = [
    `file: ${doc.fileBaseName}`,
    `title: ${doc.metadata.title}`,
    `subject: ${doc.metadata.subject}`,
    `author: ${doc.metadata.author}`,
    `created: ${doc.metadata.created}`,
    `header: ${doc.headerText}`,
  ];
  const tocs: TocBlock[] = [];
  doc.sections.forEach((section, i) => {
    lines.push(
      `== section ${i + 1}: ${section.orientation}, ${section.numbering}${section.restartNumbering ? ', restart' : ''}${section.headerFooter ? '' : ', no header/footer'}`,
    );
    for (const block of section.blocks) {
      if (block.kind === 'toc') tocs.push(block);
      const line = blockLine(block);
      if (line !== undefined) lines.push(line);
    }
  });
  for (const toc of tocs) lines.push('', ...tocLines(toc));
  return `${lines.join('\n')}\n`;
}
