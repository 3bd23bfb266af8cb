/** Lembar Pengesahan: the regulation that adopts the plan and the head of region's signature. */
import { formatDateId } from '../format/date.ts';
import type { CellValue } from '../model/project.ts';
import { periodLabel } from '../region/names.ts';
import { optionName } from '../plan/options.ts';
import type { PlanContext } from '../plan/context.ts';
import type { SectionDef } from '../template/types.ts';
import type { Block, SignatureBlock } from './model.ts';
import { headOfRegion, placeOfAdoption, shortRegionName } from './naming.ts';
import { paragraph, placeholder } from './runs.ts';

/** Left for the hand of the signatory when the plan is not adopted yet. */
export const BLANK_DATE = '....................';

function text(values: Record<string, CellValue>, id: string): string {
  const value = values[id];
  return typeof value === 'string' ? value.trim() : '';
}

/** "Peraturan Wali Kota Semarang Nomor 45 Tahun 2026" (or its Rancangan), empty when nothing is chosen. */
export function regulationName(
  ctx: PlanContext,
  def: SectionDef,
  values: Record<string, CellValue>,
): string {
  const { meta } = ctx.project;
  const type = text(values, 'regulationType');
  if (!type) return '';
  const ownRegulation = `Peraturan ${headOfRegion(meta.level)}`;
  const options = def.fields?.find((f) => f.id === 'regulationType')?.options ?? [];
  const kind = type === 'rancangan' ? `Rancangan ${ownRegulation}` : optionName(options, type);
  const region = shortRegionName(meta.regions[0]?.name ?? '');
  const number = text(values, 'regulationNumber');
  const year = /^\d{4}/.exec(text(values, 'adoptedOn'))?.[0];
  // Users write either "45" or "45 Tahun 2026"; the year is added only when missing.
  const numbered = number
    ? ` Nomor ${number}${!/tahun/i.test(number) && year ? ` Tahun ${year}` : ''}`
    : '';
  return `${kind} ${region}${numbered}`.replace(/\s+/g, ' ').trim();
}

function signature(ctx: PlanContext, values: Record<string, CellValue>): SignatureBlock {
  const { meta } = ctx.project;
  const adopted = formatDateId(text(values, 'adoptedOn'));
  const region = shortRegionName(meta.regions[0]?.name ?? '');
  const title = text(values, 'signatoryTitle') || `${headOfRegion(meta.level)} ${region}`;
  return {
    kind: 'signature',
    place: `Ditetapkan di ${text(values, 'adoptionPlace') || placeOfAdoption(ctx.project)}`,
    date: `pada tanggal ${adopted ?? BLANK_DATE}`,
    // Indonesian signature blocks print the office in capitals followed by a comma.
    title: `${title.toLocaleUpperCase('id-ID').replace(/,$/, '')},`,
    name: text(values, 'signatoryName') || '[Nama penandatangan belum diisi]',
  };
}

/** The blocks under the LEMBAR PENGESAHAN heading. */
export function approvalBlocks(
  ctx: PlanContext,
  def: SectionDef,
  values: Record<string, CellValue> | undefined,
): Block[] {
  const filled = values && Object.values(values).some((v) => v !== '');
  if (!values || !filled) return [placeholder()];
  const { meta } = ctx.project;
  const upper = (s: string) => s.toLocaleUpperCase('id-ID');
  const regulation = regulationName(ctx, def, values);
  const pending = text(values, 'regulationType') === 'rancangan';
  const statement = regulation
    ? `Rencana induk ini merupakan lampiran ${regulation} tentang ${meta.title}${pending ? ', yang belum ditetapkan' : ''}.`
    : undefined;
  return [
    paragraph(ctx.template.pack.documentTitle, 'center', true),
    ...meta.regions.map((r) => paragraph(upper(r.name), 'center', true)),
    paragraph(`TAHUN ${periodLabel(meta.period)}`, 'center', true),
    statement ? paragraph(statement) : placeholder('[Dasar penetapan belum diisi]'),
    signature(ctx, values),
  ];
}
