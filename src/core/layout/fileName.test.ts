import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../io/templates.ts';
import { createProject } from '../project/create.ts';
import { exportFileBaseName, slug } from './fileName.ts';

const templates = builtinTemplates();

function baseName(packId: string, codes: string[], book: 'all' | number): string {
  const template = templates.get(packId)!;
  const project = createProject({
    template,
    regionCodes: codes,
    period: { start: 2026, end: 2030 },
    date: '2026-11-22',
  });
  return exportFileBaseName(template.pack, project, book);
}

describe('export file names', () => {
  it('names a Buku of a city plan', () => {
    expect(baseName('kabkota', ['33.74'], 2)).toBe(
      'Masterplan-Smart-City-Kota-Semarang-2026-2030-Buku-II',
    );
  });

  it('gives the whole plan no suffix', () => {
    expect(baseName('kabkota', ['35.10'], 'all')).toBe(
      'Masterplan-Smart-City-Kabupaten-Banyuwangi-2026-2030',
    );
  });

  it('names a province plan without repeating "Provinsi"', () => {
    expect(baseName('provinsi', ['33'], 'all')).toBe(
      'Rencana-Induk-Provinsi-Cerdas-Jawa-Tengah-2026-2030',
    );
    expect(baseName('provinsi', ['33'], 4)).toBe(
      'Rencana-Induk-Provinsi-Cerdas-Jawa-Tengah-2026-2030-Buku-IV',
    );
  });

  it('joins the regions of an agglomeration', () => {
    expect(baseName('kabkota', ['33.74', '33.22'], 'all')).toBe(
      'Masterplan-Smart-City-Kota-Semarang-Kabupaten-Semarang-2026-2030',
    );
  });

  it('keeps only characters that are safe in file names everywhere', () => {
    expect(slug('Kota Bau-Bau / Ternate: "Baru"?')).toBe('Kota-Bau-Bau-Ternate-Baru');
    expect(slug('Café Ñusa')).toBe('Cafe-Nusa');
  });
});
