/** Heading blocks of every role, with anchors from the shared factory. */
import type { LayoutEnv } from './env.ts';
import type { HeadingBlock, HeadingRole } from './model.ts';

const upper = (text: string) => text.toLocaleUpperCase('id-ID');

/** Headings that open a page and print in capitals: front matter, Buku, BAB, Lampiran. */
export function titleHeading(
  env: LayoutEnv,
  role: Extract<HeadingRole, 'front' | 'book' | 'chapter' | 'annex'>,
  number: string,
  title: string,
  depth: number,
  restartNumbering = false,
): HeadingBlock {
  return {
    kind: 'heading',
    role,
    number,
    text: upper(title),
    anchor: env.anchors.next('h'),
    depth,
    pageBreakBefore: true,
    toc: true,
    ...(restartNumbering ? { restartNumbering: true } : {}),
  };
}

/** A numbered section heading (1.1, 1.1.1 …); Daftar Isi lists two levels below the chapter. */
export function sectionHeading(
  env: LayoutEnv,
  role: Extract<HeadingRole, 'section' | 'subsection' | 'subsubsection'>,
  number: string,
  title: string,
  depth: number,
): HeadingBlock {
  return {
    kind: 'heading',
    role,
    number,
    text: title,
    anchor: env.anchors.next('h'),
    depth,
    pageBreakBefore: false,
    toc: role !== 'subsubsection',
  };
}
