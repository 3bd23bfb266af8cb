/** The export pipeline: plan → image check → layout model → DOCX or PDF bytes. */
import { checkAsset, type ImageProblem } from '../assets/limits.ts';
import { UserError } from '../i18n/messages.ts';
import { buildLayout } from '../layout/index.ts';
import { SCHEMA_IDS, validatorFor } from '../schema/ajv.ts';
import { describeSchemaError } from '../validate/schemaErrors.ts';
import type { BookSelection, LayoutDocument } from '../layout/model.ts';
import type { BlockNode } from '../model/richtext.ts';
import type { PlanContext } from '../plan/context.ts';
import { warmUpDocument } from './warmUp.ts';

export type ExportFormat = 'docx' | 'pdf';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];

export interface ExportRequest {
  format: ExportFormat;
  book: BookSelection;
}

export interface ExportResult {
  bytes: Uint8Array;
  /** Suggested file name with extension. */
  fileName: string;
}

function imagesIn(blocks: readonly unknown[], into: string[]): void {
  for (const block of blocks as BlockNode[]) {
    if (block.type === 'image') into.push(block.assetId);
    else if ('children' in block && Array.isArray(block.children)) imagesIn(block.children, into);
  }
}

/** Every image the export will place, with where it sits ("Sampul, logo daerah", "Buku I › BAB II › …"). */
function exportedImages(
  ctx: PlanContext,
  book: BookSelection,
): { assetId: string; where: string }[] {
  const used: { assetId: string; where: string }[] = [];
  if (ctx.project.meta.logoAssetId)
    used.push({ assetId: ctx.project.meta.logoAssetId, where: 'Sampul, logo daerah' });
  for (const section of ctx.outline.sections) {
    if (book !== 'all' && section.book && section.book.number !== book) continue;
    const content = ctx.project.sections[section.key];
    if (content?.kind !== 'richtext') continue;
    const ids: string[] = [];
    imagesIn(content.doc, ids);
    for (const assetId of ids) used.push({ assetId, where: section.trail.join(' › ') });
  }
  return used;
}

/**
 * Checks each image the export will place, by content and against the size and pixel limits,
 * before anything is laid out or decoded. A document bound for reviewers must not silently lose
 * a figure, so an image that fails stops the export with a message naming the image and where
 * it sits; the user replaces it and exports again. (A missing image is a validation finding and
 * is printed as a visible placeholder, as before.)
 */
export function checkExportImages(ctx: PlanContext, book: BookSelection): void {
  const checked = new Map<string, ImageProblem | undefined>();
  for (const { assetId, where } of exportedImages(ctx, book)) {
    const asset = ctx.project.assets[assetId];
    if (!asset) continue;
    if (!checked.has(assetId)) {
      const result = checkAsset(asset);
      checked.set(assetId, result.ok ? undefined : result.problem);
    }
    const problem = checked.get(assetId);
    if (problem) throw new UserError(problem.key, { ...problem.params, where });
  }
}

/**
 * Checks that the plan has the shape of a project (the project schema, as when a file is
 * loaded). The layout trusts that shape; a plan built in memory by other code, or changed
 * after loading, is refused here with the places that are wrong instead of failing inside it.
 */
export function checkExportShape(ctx: PlanContext): void {
  const validate = validatorFor(SCHEMA_IDS.project);
  if (validate(ctx.project)) return;
  const details = (validate.errors ?? [])
    .slice(0, 3)
    .map((e) => describeSchemaError(e, 'id'))
    .join('; ');
  throw new UserError('export.invalid-project', { details });
}

type Renderer = (layout: LayoutDocument) => Promise<Uint8Array>;

/**
 * Whether a format prints the layout's page estimates: the DOCX's TOC shows them until
 * Word updates its fields; the PDF prints the pages where entries landed.
 */
const PRINTS_PAGE_ESTIMATES: Record<ExportFormat, boolean> = { docx: true, pdf: false };

/** The renderer of a format, loaded on first use: a DOCX export does not pay for loading pdfmake. */
async function rendererFor(format: ExportFormat): Promise<Renderer> {
  return format === 'docx'
    ? (await import('./docx/index.ts')).renderDocx
    : (await import('./pdf/index.ts')).renderPdf;
}

/**
 * Loads what an export to `format` needs before any plan is given (the renderer's modules,
 * the project schema's validator), so an export asked for soon after does not wait for them.
 */
export async function prepareExport(format: ExportFormat): Promise<void> {
  validatorFor(SCHEMA_IDS.project);
  await rendererFor(format);
}

/**
 * Renders of the warm-up document (warmUp.ts) before a plan, per format: for the PDF enough
 * for V8 to compile the hot code of layout and drawing (three renders took half a second off
 * the first export of the large plan, more did not), few enough to be done before a click
 * that follows the pointer. The DOCX writer's first export gained nothing from it.
 */
const WARM_UP_ROUNDS: Record<ExportFormat, number> = { docx: 0, pdf: 3 };

/**
 * Renders the warm-up document a few times, so that a plan exported next runs compiled
 * code. For an export thread that waits for a likely export; it takes a few tenths of a second.
 */
export async function warmUpExport(format: ExportFormat): Promise<void> {
  const rounds = WARM_UP_ROUNDS[format];
  if (rounds === 0) return;
  const render = await rendererFor(format);
  for (let round = 0; round < rounds; round++) await render(warmUpDocument());
}

/** Checks the plan's shape and images, lays it out once and translates it to the requested format. */
export async function exportPlan(ctx: PlanContext, request: ExportRequest): Promise<ExportResult> {
  checkExportShape(ctx);
  checkExportImages(ctx, request.book);
  const layout = buildLayout(ctx, {
    book: request.book,
    estimatePages: PRINTS_PAGE_ESTIMATES[request.format],
  });
  const bytes = await (await rendererFor(request.format))(layout);
  return { bytes, fileName: `${layout.fileBaseName}.${request.format}` };
}
