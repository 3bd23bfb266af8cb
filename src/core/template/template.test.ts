import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../i18n/messages.ts';
import { BUILTIN_TEMPLATES_DIR, builtinTemplates } from '../io/templates.ts';
import { buildOutline, contentSections } from './outline.ts';
import { parseFramework, parseTemplate } from './parse.ts';

const read = (...parts: string[]) =>
  JSON.parse(readFileSync(join(BUILTIN_TEMPLATES_DIR, ...parts), 'utf8'));
const framework = () =>
  parseFramework(read('frameworks', 'kominfo-2017.json'), 'frameworks/kominfo-2017.json');
const files = { pack: 'templates/kabkota/pack.json', tables: 'templates/kabkota/tables.json' };

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  throw new Error('tidak ada galat');
}

describe('template packs', () => {
  it('ships kabkota and provinsi, both passing the meta-schema', () => {
    const ids = builtinTemplates()
      .list()
      .map((t) => `${t.pack.id}@${t.pack.version}`);
    expect(ids).toEqual(['kabkota@1.0.0', 'provinsi@1.0.0']);
  });

  it('gives every section guidance and an example in Bahasa Indonesia', () => {
    for (const template of builtinTemplates().list())
      for (const section of buildOutline(template).sections) {
        expect(section.guidance.length, section.key).toBeGreaterThan(20);
        expect(section.example.length, section.key).toBeGreaterThan(10);
      }
  });

  it('expands one chapter per dimension and the five parts of each of its elements', () => {
    const template = builtinTemplates().get('kabkota')!;
    const outline = buildOutline(template, 'Kota Semarang');
    const buku2 = outline.books.find((b) => b.number === 2)!;
    const dimensionChapters = buku2.chapters.filter((c) => c.dimension);
    expect(dimensionChapters.map((c) => c.title)).toEqual([
      'Smart Governance',
      'Smart Branding',
      'Smart Economy',
      'Smart Living',
      'Smart Society',
      'Smart Environment',
    ]);
    const programmeTables = contentSections(outline).filter((s) => s.def.table === 'programme');
    expect(programmeTables).toHaveLength(18);
    const first = outline.byKey.get('buku-2.dimensi-governance.pelayanan-publik.program')!;
    expect(first.number).toBe('2.2.5');
    expect(first.trail).toEqual([
      'Buku II',
      'BAB II Smart Governance',
      'Pelayanan Publik',
      'Program Pelayanan Publik',
    ]);
    expect(first.guidance).toContain('OPD penanggung jawab');
  });

  it('adds coordination with regencies and cities to the province pack', () => {
    const outline = buildOutline(builtinTemplates().get('provinsi')!, 'Provinsi Jawa Tengah');
    const keys = outline.sections.map((s) => s.key);
    expect(keys).toContain('buku-2.koordinasi-kabkota.integrasi-data');
    expect(keys).toContain('buku-2.koordinasi-kabkota.status-kabkota');
  });

  it('names the file and the place of a broken pack', () => {
    const pack = read('kabkota', 'pack.json');
    pack.books[1].chapters[0].sections[0].kind = 'essay';
    expect(
      problem(() => parseTemplate(pack, read('kabkota', 'tables.json'), [framework()], files)),
    ).toMatch(/templates\/kabkota\/pack\.json, \/books\/1\/chapters\/0\/sections\/0\/kind/);
  });

  it('rejects a section that points to a table the pack does not define', () => {
    const pack = read('kabkota', 'pack.json');
    pack.books[0].chapters[2].sections[1].table = 'matriksKesiapan';
    expect(
      problem(() => parseTemplate(pack, read('kabkota', 'tables.json'), [framework()], files)),
    ).toContain('tabel "matriksKesiapan" tidak didefinisikan');
  });

  it('rejects a tables file with a duplicate column', () => {
    const tables = read('kabkota', 'tables.json');
    tables.programme.columns.push({ id: 'code', label: 'Kode Lagi', type: 'text' });
    expect(
      problem(() => parseTemplate(read('kabkota', 'pack.json'), tables, [framework()], files)),
    ).toContain('kolom "code" ganda');
  });

  it('refuses a pack whose framework is not installed', () => {
    const pack = read('kabkota', 'pack.json');
    pack.framework = { id: 'komdigi-2026', version: '2026.1' };
    expect(
      problem(() => parseTemplate(pack, read('kabkota', 'tables.json'), [framework()], files)),
    ).toContain('komdigi-2026');
  });

  it('rejects a framework where an element id repeats', () => {
    const data = read('frameworks', 'kominfo-2017.json');
    data.dimensions[1].elements[0].id = 'pelayanan-publik';
    expect(problem(() => parseFramework(data, 'frameworks/x.json'))).toContain('pelayanan-publik');
  });
});
