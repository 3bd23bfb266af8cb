/** The cover page. */
import { toRoman } from '../format/roman.ts';
import { periodLabel } from '../region/names.ts';
import type { PlanContext } from '../plan/context.ts';
import type { OutlineBook } from '../template/outline.ts';
import { assetImage } from './images.ts';
import type { CoverBlock } from './model.ts';

/** Marks the sample plan so nobody mistakes it for a real one. */
export const SAMPLE_WATERMARK = 'CONTOH';

/** "BUKU II MASTERPLAN" */
export function bookLine(book: OutlineBook): string {
  return `BUKU ${toRoman(book.number)} ${book.title.toLocaleUpperCase('id-ID')}`;
}

/** The cover of the whole plan (`book` undefined) or of one Buku. */
export function coverBlock(ctx: PlanContext, book: OutlineBook | undefined): CoverBlock {
  const { meta } = ctx.project;
  const upper = (text: string) => text.toLocaleUpperCase('id-ID');
  const logo = meta.logoAssetId ? assetImage(ctx.project, meta.logoAssetId) : undefined;
  const first = meta.regions[0];
  return {
    kind: 'cover',
    documentTitle: ctx.template.pack.documentTitle,
    regionLines: meta.regions.map((r) => upper(r.name)),
    bookLine: book ? bookLine(book) : '',
    period: periodLabel(meta.period),
    year: /^\d{4}/.exec(meta.date)?.[0] ?? String(meta.period.start),
    // An agglomeration is issued by its first (lead) region.
    issuer: first ? `PEMERINTAH ${upper(first.name)}` : '',
    ...(logo ? { logo } : {}),
    ...(meta.example ? { watermark: SAMPLE_WATERMARK } : {}),
  };
}
