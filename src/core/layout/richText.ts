/** Rich text of a section (Slate JSON) as layout blocks. */
import type {
  BlockNode,
  InlineNode,
  ListElement,
  ListItemElement,
  RichText,
} from '../model/richtext.ts';
import type { LayoutEnv } from './env.ts';
import { textArea } from './geometry.ts';
import { assetImage, imageWidthFraction } from './images.ts';
import type { Block, ListBlock, ListItem, Run } from './model.ts';
import { placeholder } from './runs.ts';

const SAFE_LINK = /^(https?:|mailto:)/i;

function inlineRuns(nodes: InlineNode[]): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    if ('type' in node) {
      if (node.type === 'footnote') {
        if (node.note.trim()) runs.push({ text: '', footnote: node.note.trim() });
        continue;
      }
      // Only web and mail links leave the document; any other scheme keeps its text only.
      const link = SAFE_LINK.test(node.url.trim()) ? node.url.trim() : undefined;
      for (const child of node.children)
        if (child.text) runs.push({ ...formatted(child), ...(link ? { link } : {}) });
      continue;
    }
    if (node.text) runs.push(formatted(node));
  }
  return runs;
}

function formatted(node: { text: string; bold?: true; italic?: true; underline?: true }): Run {
  return {
    text: node.text,
    ...(node.bold ? { bold: true } : {}),
    ...(node.italic ? { italic: true } : {}),
    ...(node.underline ? { underline: true } : {}),
  };
}

/** Whether runs print anything (text that is not only spaces, or a footnote). */
function visible(runs: Run[]): boolean {
  return runs.some((r) => r.footnote !== undefined || r.text.trim() !== '');
}

function listItem(node: ListItemElement): ListItem {
  const runs: Run[] = [];
  let children: ListBlock | undefined;
  for (const child of node.children) {
    if (child.type === 'paragraph') {
      const more = inlineRuns(child.children);
      // Several paragraphs in one item print as lines of that item.
      if (runs.length && more.length) runs.push({ text: '\n' });
      runs.push(...more);
    } else {
      const nested = listBlock(child);
      if (!children) children = nested;
      else children.items.push(...nested.items);
    }
  }
  return children && children.items.length ? { runs, children } : { runs };
}

function listBlock(node: ListElement): ListBlock {
  return {
    kind: 'list',
    ordered: node.type === 'numbered-list',
    items: node.children.map(listItem).filter((i) => visible(i.runs) || i.children),
  };
}

function block(node: BlockNode, env: LayoutEnv): Block[] {
  switch (node.type) {
    case 'paragraph': {
      const runs = inlineRuns(node.children);
      return visible(runs) ? [{ kind: 'paragraph', style: 'body', align: 'justify', runs }] : [];
    }
    case 'heading': {
      const runs = inlineRuns(node.children);
      const style = node.level === 1 ? 'subheading1' : 'subheading2';
      return visible(runs) ? [{ kind: 'paragraph', style, align: 'left', runs }] : [];
    }
    case 'bulleted-list':
    case 'numbered-list': {
      const list = listBlock(node);
      return list.items.length ? [list] : [];
    }
    case 'image': {
      const image = assetImage(env.ctx.project, node.assetId);
      const captionText = node.caption.trim();
      if (!image)
        return [
          placeholder(`[Gambar "${captionText || node.assetId}" tidak ada dalam berkas proyek]`),
        ];
      return [
        {
          kind: 'figure',
          image,
          widthFraction: imageWidthFraction(image, textArea(env.profile, 'portrait').widthPt),
          caption: env.captions.figure(captionText || 'Gambar'),
        },
      ];
    }
  }
}

/** Blocks of a rich-text document; figures are numbered as they come. */
export function richTextBlocks(doc: RichText, env: LayoutEnv): Block[] {
  return doc.flatMap((node) => block(node, env));
}

/** Whether a rich-text document has nothing to print. */
export function richTextIsEmpty(doc: RichText): boolean {
  return doc.every((node) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return !visible(inlineRuns(node.children));
      case 'bulleted-list':
      case 'numbered-list':
        return listBlock(node).items.length === 0;
      case 'image':
        return false;
    }
  });
}
