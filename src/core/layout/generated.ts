/** Sections the layout writes from the rest of the plan: programme matrix, roadmap, roll-up. */
import { programmeRows } from '../plan/programmes.ts';
import type { OutlineSection } from '../template/outline.ts';
import type { GeneratorId } from '../template/types.ts';
import type { LayoutEnv } from './env.ts';
import type { SectionBody } from './sectionBody.ts';
import { programmeMatrix } from './programmeMatrix.ts';
import { ROADMAP_NOTE, roadmapTable } from './roadmap.ts';
import { rollupBody } from './rollupBody.ts';
import { note, paragraph, placeholder } from './runs.ts';

/** Said where the roll-up of regency/city plans goes while none has been brought in. */
export const ROLLUP_PENDING =
  'Belum ada rencana induk smart city kabupaten/kota yang digabungkan ke dalam rencana ini. ' +
  'Rekapitulasi program kabupaten/kota akan tersusun di bagian ini setelah rencana-rencana tersebut dihimpun.';

/** Shown instead of the matrix or roadmap while no programme has been entered. */
export const NO_PROGRAMMES = '[Belum ada program yang diisi pada tabel program di Buku II]';

/** Printed under the annex matrix: where the rest of each programme's details are. */
export const MATRIX_NOTE =
  'Keterangan: biaya dalam Rupiah. Keluaran, indikator kinerja, dan kode program ' +
  'Permendagri 90/2019 setiap program tercantum pada tabel program di setiap elemen Buku II.';

/** The body of a generated section. */
export function generatedBody(
  env: LayoutEnv,
  section: OutlineSection,
  generator: GeneratorId,
): SectionBody {
  const def = env.ctx.template.pack.tables.programme;
  const rows = programmeRows(env.ctx);
  switch (generator) {
    case 'programme-matrix': {
      if (!def || rows.length === 0) return { blocks: [placeholder(NO_PROGRAMMES)] };
      const table = programmeMatrix(env, def, rows, section.title);
      return { blocks: [table.block, note(MATRIX_NOTE)], orientation: table.orientation };
    }
    case 'roadmap': {
      const table = def && roadmapTable(env, def, rows, section.title);
      if (!table) return { blocks: [placeholder(NO_PROGRAMMES)] };
      return { blocks: [table.block, note(ROADMAP_NOTE)], orientation: table.orientation };
    }
    case 'rollup':
      return rollupBody(env) ?? { blocks: [paragraph(ROLLUP_PENDING)] };
  }
}
