/**
 * Images in a project are checked again right before export, by content and against the size and
 * pixel limits, so a project file edited outside the app (or sent by someone else) cannot make
 * the exporters decode a decompression bomb or embed something that is not an image. Export stops
 * with a message naming the image and where it sits; no file is written.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/core/export/index.ts';
import { UserError } from '../../src/core/i18n/messages.ts';
import { serializeProject } from '../../src/core/project/serialize.ts';
import { sampleContext, sampleProject } from '../fixtures/sample.ts';
import { craftedPng } from './craftedFiles.ts';

const FIGURE_SECTION =
  'Buku II › BAB VIII Infrastruktur Pendukung › Integrasi Sistem dan Interoperabilitas Data';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'rencana-images-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function exportFailure(
  change: (assets: ReturnType<typeof sampleProject>['assets']) => void,
  format: 'docx' | 'pdf',
): Promise<UserError> {
  const project = sampleProject();
  change(project.assets);
  const error = await exportPlan(sampleContext(project), { format, book: 'all' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('images at export', () => {
  it.each(['docx', 'pdf'] as const)(
    '%s: a decompression-bomb logo is refused by its header, before anything is decoded',
    async (format) => {
      const started = performance.now();
      const error = await exportFailure((assets) => {
        assets['logo-contoh']!.data = craftedPng(60_000, 60_000, 8).toString('base64');
      }, format);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(error.key).toBe('image.too-many-pixels');
      expect(error.message).toBe(
        'Gambar "logo-contoh.png" (Sampul, logo daerah) berukuran 60000×60000 piksel; batasnya 10000 piksel per sisi dan 40 megapiksel. Ganti dengan gambar yang lebih kecil.',
      );
    },
  );

  it('a figure that is not an image names its section', async () => {
    const error = await exportFailure((assets) => {
      assets['arsitektur-integrasi']!.data = Buffer.from('<svg onload="x()"/>').toString('base64');
    }, 'pdf');
    expect(error.key).toBe('image.invalid');
    expect(error.message).toContain(FIGURE_SECTION);
  });

  it('a figure whose recorded size is not its real size is refused', async () => {
    const error = await exportFailure((assets) => {
      assets['arsitektur-integrasi']!.width = 9000;
    }, 'docx');
    expect(error.key).toBe('image.mismatch');
    expect(error.message).toContain('tercatat sebagai image/png 9000×460');
  });

  it('the CLI stops with the message and writes no document', () => {
    const project = sampleProject();
    project.assets['logo-contoh']!.data = craftedPng(60_000, 60_000, 8).toString('base64');
    const file = join(folder, 'bom-logo.rencana');
    writeFileSync(file, serializeProject(project));
    const out = join(folder, 'keluaran');
    const result = spawnSync(
      process.execPath,
      ['src/cli/rencana.mjs', 'export', file, '--format', 'pdf', '--force', '--out', `${out}/`],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('(Sampul, logo daerah) berukuran 60000×60000 piksel');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    let written: string[] = [];
    try {
      written = readdirSync(out);
    } catch {
      // The folder may not even have been made.
    }
    expect(written).toEqual([]);
  });
});
