/**
 * `npm run fonts:pairs`: works out the pair table of every shipped PDF font
 * (src/core/export/pdf/pairTables.ts) and writes it to src/core/export/pdf/fonts/pairs/.
 * Run it after adding or replacing a font; the tables are committed, and
 * pairTables.test.ts fails while a table does not match its font.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FontkitFont } from '../core/export/pdf/pairShaping.ts';
import { computePairTable, pairTablePath } from '../core/export/pdf/pairTables.ts';

// fontkit as PDFKit loads it, so the tables describe the shaping the export uses.
const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = pdfkitRequire('fontkit') as { create(buffer: Buffer): FontkitFont };

const FONT_DIR = fileURLToPath(new URL('../core/export/pdf/fonts/', import.meta.url));

for (const name of readdirSync(FONT_DIR)
  .filter((file) => /\.(ttf|otf)$/.test(file))
  .sort()) {
  const bytes = readFileSync(`${FONT_DIR}${name}`);
  const table = computePairTable(fontkit.create(bytes), name, bytes);
  writeFileSync(pairTablePath(name), `${JSON.stringify(table)}\n`);
  console.log(`${name}: ${Object.keys(table.tags).join(', ')}`);
}
