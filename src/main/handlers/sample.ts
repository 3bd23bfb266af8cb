/** Where the sample plan ships: with the templates, in the checkout and in the installed app. */
import { join } from 'node:path';
import { BUILTIN_TEMPLATES_DIR } from '../../core/io/templates.ts';

export const SAMPLE_FILE_NAME = 'contoh-kabupaten-banyuwangi-2026-2030.rencana';

/** The sample plan under a templates folder (the built-in one by default). */
export function samplePath(templatesDir: string = BUILTIN_TEMPLATES_DIR): string {
  return join(templatesDir, 'examples', SAMPLE_FILE_NAME);
}
