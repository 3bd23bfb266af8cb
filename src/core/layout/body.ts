/** The body of the document: Buku dividers (whole plan only), chapters and their sections. */
import type { OutlineBook } from '../template/outline.ts';
import type { LayoutEnv } from './env.ts';
import type { SectionFlow } from './flow.ts';
import { titleHeading } from './headings.ts';
import { bookNumber, chapterNumber } from './numbering.ts';
import { writeSection } from './sections.ts';

/**
 * Writes `books` into the flow. In a whole-plan export each Buku opens with a
 * divider heading and chapters sit one level below it; chapter numbers (and so the
 * caption numbers) start again at BAB I in every Buku, as in the separate books.
 */
export function writeBody(
  env: LayoutEnv,
  flow: SectionFlow,
  books: OutlineBook[],
  wholePlan: boolean,
): void {
  const chapterDepth = wholePlan ? 1 : 0;
  for (const book of books) {
    flow.orient('portrait');
    if (wholePlan) flow.push(titleHeading(env, 'book', bookNumber(book.number), book.title, 0));
    book.chapters.forEach((chapter, index) => {
      env.captions.enter(String(chapter.number));
      flow.orient('portrait');
      flow.push(
        titleHeading(
          env,
          'chapter',
          chapterNumber(chapter.number),
          chapter.title,
          chapterDepth,
          index === 0,
        ),
      );
      for (const section of chapter.sections) writeSection(env, flow, section, chapterDepth);
    });
  }
}
