/** Which Buku an export covers, and whether the annexes go with it. */
import { UserError } from '../i18n/messages.ts';
import type { PlanContext } from '../plan/context.ts';
import type { OutlineBook } from '../template/outline.ts';
import type { BookSelection } from './model.ts';

/** The selected Buku, or undefined for the whole plan; an unknown number is an error the user can read. */
export function selectBook(ctx: PlanContext, selection: BookSelection): OutlineBook | undefined {
  if (selection === 'all') return undefined;
  const book = ctx.outline.books.find((b) => b.number === selection);
  if (!book) {
    const known = ctx.outline.books.map((b) => b.number).join(', ');
    throw new UserError('export.unknown-book', {
      book: selection,
      template: ctx.template.pack.name,
      known,
    });
  }
  return book;
}

/**
 * Annexes go with the whole plan and with the Buku that holds the programme tables
 * (Buku II, Masterplan): the programme matrix annex is built from those tables, and
 * commitment letters and regulations back that book. The other books stand alone.
 */
export function annexesFollow(ctx: PlanContext, book: OutlineBook | undefined): boolean {
  if (!book) return true;
  return ctx.outline.sections.some(
    (s) => s.book === book && s.def.kind === 'table' && s.def.table === 'programme',
  );
}
