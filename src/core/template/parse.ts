/** Checks template data against its meta-schema and its internal references. */
import { UserError } from '../i18n/messages.ts';
import { SCHEMA_IDS, validatorFor, type ErrorObject } from '../schema/ajv.ts';
import type { Framework, LoadedTemplate, SectionDef, TableDef, TemplatePack } from './types.ts';

function placeOf(error: ErrorObject): string {
  const path = error.instancePath || '/';
  if (error.keyword === 'required') return `${path} (${String(error.params.missingProperty)})`;
  if (error.keyword === 'additionalProperties')
    return `${path}/${String(error.params.additionalProperty)}`;
  return path;
}

function assertSchema(schemaRef: string, data: unknown, file: string): void {
  const validate = validatorFor(schemaRef);
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new UserError('template.invalid', {
      file,
      place: first ? placeOf(first) : '/',
      problem: first?.message ?? 'tidak sesuai skema',
    });
  }
}

function fail(file: string, place: string, problem: string): never {
  throw new UserError('template.invalid', { file, place, problem });
}

/** Checks a framework file; throws a UserError naming the file and place. */
export function parseFramework(data: unknown, file: string): Framework {
  assertSchema(SCHEMA_IDS.framework, data, file);
  const framework = data as Framework;
  const seen = new Set<string>();
  framework.dimensions.forEach((dimension, d) => {
    if (seen.has(dimension.id)) fail(file, `/dimensions/${d}/id`, `id "${dimension.id}" ganda`);
    seen.add(dimension.id);
    dimension.elements.forEach((element, e) => {
      if (seen.has(element.id))
        fail(file, `/dimensions/${d}/elements/${e}/id`, `id "${element.id}" ganda`);
      seen.add(element.id);
    });
  });
  return framework;
}

function checkTables(tables: Record<string, TableDef>, file: string): void {
  for (const [key, table] of Object.entries(tables)) {
    if (table.id !== key)
      fail(file, `/${key}/id`, `id "${table.id}" harus sama dengan kunci "${key}"`);
    const ids = new Set<string>();
    table.columns.forEach((column, c) => {
      if (ids.has(column.id)) fail(file, `/${key}/columns/${c}/id`, `kolom "${column.id}" ganda`);
      ids.add(column.id);
    });
    for (const total of table.totals ?? []) {
      const column = table.columns.find((c) => c.id === total);
      if (!column || !['rupiah', 'yearlyRupiah', 'integer', 'decimal'].includes(column.type))
        fail(file, `/${key}/totals`, `kolom total "${total}" tidak ada atau bukan angka`);
    }
  }
}

function checkSections(
  sections: SectionDef[],
  tables: Record<string, TableDef>,
  file: string,
  place: string,
): void {
  const ids = new Set<string>();
  sections.forEach((section, s) => {
    const here = `${place}/${s}`;
    if (ids.has(section.id)) fail(file, `${here}/id`, `bagian "${section.id}" ganda`);
    ids.add(section.id);
    if (section.kind === 'table' && !(section.table! in tables))
      fail(file, `${here}/table`, `tabel "${section.table}" tidak didefinisikan di tables.json`);
    if (section.sections) checkSections(section.sections, tables, file, `${here}/sections`);
  });
}

/**
 * Builds a loaded template from a pack file, its tables file and the framework
 * it names. Throws a UserError saying which file and where when anything is wrong.
 */
export function parseTemplate(
  packData: unknown,
  tablesData: unknown,
  frameworks: Framework[],
  files: { pack: string; tables: string },
): LoadedTemplate {
  assertSchema(SCHEMA_IDS.templatePack, packData, files.pack);
  assertSchema(SCHEMA_IDS.templateTables, tablesData, files.tables);
  const tables = tablesData as Record<string, TableDef>;
  checkTables(tables, files.tables);
  const base = packData as Omit<TemplatePack, 'tables'>;
  const pack: TemplatePack = { ...base, tables };
  checkSections(pack.frontMatter, tables, files.pack, '/frontMatter');
  pack.books.forEach((book, b) =>
    book.chapters.forEach((chapter, c) =>
      checkSections(chapter.sections, tables, files.pack, `/books/${b}/chapters/${c}/sections`),
    ),
  );
  checkSections(pack.annexes, tables, files.pack, '/annexes');
  const framework = frameworks.find(
    (f) => f.id === pack.framework.id && f.version === pack.framework.version,
  );
  if (!framework)
    throw new UserError('template.framework-missing', {
      pack: pack.id,
      framework: pack.framework.id,
      version: pack.framework.version,
    });
  return { pack, framework };
}
