import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH, sampleProject } from '../../../tests/fixtures/sample.ts';
import { UserError } from '../i18n/messages.ts';
import { builtinTemplates } from '../io/templates.ts';
import { createProject, parsePeriod } from './create.ts';
import { migrate, type Migration } from './migrations.ts';
import { parseProjectText } from './parse.ts';
import { serializeProject } from './serialize.ts';

function failure(text: string): string {
  try {
    parseProjectText(text, 'rencana.rencana');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  throw new Error('berkas diterima');
}

const sampleText = () => readFileSync(SAMPLE_PATH, 'utf8');

describe('the .rencana file', () => {
  it('loads the sample and writes it back byte for byte (sorted keys, stable)', () => {
    const text = sampleText();
    const { project, migrated } = parseProjectText(text, SAMPLE_PATH);
    expect(migrated).toBe(false);
    expect(serializeProject(project)).toBe(text);
  });

  it('sorts keys at every level so versions diff cleanly', () => {
    const project = sampleProject();
    const text = serializeProject({ ...project, meta: { ...project.meta, title: 'Judul Baru' } });
    const metaKeys = Object.keys(JSON.parse(text).meta);
    expect(metaKeys).toEqual([...metaKeys].sort());
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('says what is wrong with files that are not projects', () => {
    expect(failure('')).toContain('kosong');
    expect(failure('\u0000\u0001PK\u0003\u0004')).toContain('data biner');
    expect(failure(sampleText().slice(0, 5000))).toMatch(
      /bukan JSON yang utuh \(terpotong di baris \d+, kolom \d+/,
    );
    expect(failure('{"format": "rencana-studio",\n  "meta": }')).toContain(
      'bukan JSON yang utuh (rusak di baris 2, kolom 11)',
    );
    expect(failure('{"judul": "Rencana Induk"}')).toContain(
      'penanda format "rencana-studio" tidak ada',
    );
    expect(failure('['.repeat(10_000))).toContain('bersarang terlalu dalam');
  });

  it('refuses a newer format version and asks to update the application', () => {
    const data = JSON.parse(sampleText());
    data.formatVersion = 2;
    expect(failure(JSON.stringify(data))).toContain('versi format 2, lebih baru');
    data.formatVersion = '1';
    expect(failure(JSON.stringify(data))).toContain('versi format yang tidak sah');
  });

  it('names the place of wrong types', () => {
    const data = JSON.parse(sampleText());
    data.meta.period.start = '2026';
    data.meta.regions = [];
    const message = failure(JSON.stringify(data));
    expect(message).toContain('/meta/period/start');
    expect(message).toContain('/meta/regions');
  });

  it('refuses a project whose template pack is unknown or newer', () => {
    const registry = builtinTemplates();
    expect(() => registry.forProject({ id: 'kecamatan', version: '1.0.0' })).toThrow(
      /kecamatan.*tidak tersedia/,
    );
    expect(() => registry.forProject({ id: 'kabkota', version: '2.0.0' })).toThrow(/lebih baru/);
  });
});

describe('migrations', () => {
  const renameTitle: Migration = {
    from: 1,
    description: 'Versi 2: meta.title menjadi meta.judul',
    up: (doc) => {
      const meta = { ...(doc.meta as Record<string, unknown>) };
      meta.judul = meta.title;
      delete meta.title;
      return { ...doc, meta };
    },
  };

  it('has nothing to do for the current version', () => {
    const doc = JSON.parse(sampleText());
    expect(migrate(doc, 1).applied).toEqual([]);
  });

  it('runs each step in order and stamps the version', () => {
    const doc = JSON.parse(sampleText());
    const { document, applied } = migrate(doc, 1, [renameTitle], 2);
    expect(applied).toEqual([renameTitle]);
    expect(document.formatVersion).toBe(2);
    expect((document.meta as Record<string, unknown>).judul).toBe(doc.meta.title);
    expect(doc.meta.title).toBeDefined(); // the original is not modified
  });

  it('fails clearly when a step is missing', () => {
    expect(() => migrate({}, 1, [], 3)).toThrow('Tidak ada migrasi dari versi format 1 ke 2');
  });
});

describe('a new plan', () => {
  const kabkota = () => builtinTemplates().get('kabkota')!;

  it('gets the title, region, period, OPD list and an empty section for every part of the template', () => {
    const project = createProject({
      template: kabkota(),
      regionCodes: ['33.74'],
      period: { start: 2026, end: 2030 },
      date: '2026-11-22',
    });
    expect(project.meta.title).toBe(
      'Rencana Induk (Masterplan) Smart City Kota Semarang 2026–2030',
    );
    expect(project.meta.level).toBe('kota');
    expect(project.meta.opd.map((o) => o.id)).toContain('diskominfo');
    expect(project.sections['buku-1.kesiapan.penilaian-kesiapan']).toMatchObject({ kind: 'table' });
    const readiness = project.sections['buku-1.kesiapan.penilaian-kesiapan'];
    expect(readiness?.kind === 'table' && readiness.rows).toHaveLength(9);
    const data = project.sections['buku-1.gambaran-umum.data-pokok'];
    expect(data).toEqual({ kind: 'fields', values: { population: 1702379, areaKm2: 374.747 } });
    // What it writes, it reads.
    expect(parseProjectText(serializeProject(project), 'baru.rencana').project).toEqual(project);
  });

  it('covers several regions for an agglomeration', () => {
    const project = createProject({
      template: kabkota(),
      regionCodes: ['33.74', '33.22', '33.21'],
    });
    expect(project.meta.title).toContain('Kota Semarang, Kabupaten Semarang dan Kabupaten Demak');
  });

  it('refuses an unknown region and a region of the wrong level', () => {
    expect(() => createProject({ template: kabkota(), regionCodes: ['33.99'] })).toThrow(
      'Kode wilayah 33.99',
    );
    expect(() => createProject({ template: kabkota(), regionCodes: ['33'] })).toThrow(
      /berjenjang provinsi/,
    );
  });

  it('reads periods as planners write them', () => {
    expect(parsePeriod('2026-2030')).toEqual({ start: 2026, end: 2030 });
    expect(parsePeriod('2026–2030')).toEqual({ start: 2026, end: 2030 });
    expect(() => parsePeriod('2030-2026')).toThrow('Periode "2030-2026" tidak sah');
    expect(() => parsePeriod('2026')).toThrow(UserError);
  });
});
