/** `rencana templates`: what packs are installed and what they contain. */
import { builtinTemplates } from '../../core/io/templates.ts';
import { bookLabel, buildOutline, chapterLabel } from '../../core/template/outline.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../io.ts';
import { text } from '../text.ts';

/** Lists packs with versions, books, chapters, dimensions and elements. */
export const templatesCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('templates', args, { json: { type: 'boolean' } }, io);
  const packs = builtinTemplates().list();
  if (values.json) {
    const data = packs.map(({ pack, framework }) => {
      const outline = buildOutline({ pack, framework });
      return {
        id: pack.id,
        version: pack.version,
        name: pack.name,
        levels: pack.levels,
        framework: { id: framework.id, version: framework.version, title: framework.title },
        books: outline.books.map((b) => ({
          number: b.number,
          title: b.title,
          chapters: b.chapters.map((c) => ({ number: c.number, title: c.title, key: c.key })),
        })),
        dimensions: framework.dimensions.map((d) => ({
          id: d.id,
          name: d.name,
          elements: d.elements,
        })),
      };
    });
    io.out(JSON.stringify(data, null, 2));
    return 0;
  }
  for (const { pack, framework } of packs) {
    const outline = buildOutline({ pack, framework });
    io.out(`${pack.id} ${pack.version} — ${pack.name}`);
    io.out(`  ${text(io.lang, 'templates.levels')}: ${pack.levels.join(', ')}`);
    io.out(
      `  ${text(io.lang, 'templates.framework')}: ${framework.title} (${framework.id} ${framework.version})`,
    );
    for (const book of outline.books) {
      io.out(`  ${bookLabel(book.number)} ${book.title}`);
      for (const chapter of book.chapters)
        io.out(`    ${chapterLabel(chapter.number)} ${chapter.title}`);
    }
    for (const dimension of framework.dimensions)
      io.out(`  ${dimension.name}: ${dimension.elements.map((e) => e.name).join('; ')}`);
    io.out('');
  }
  return 0;
};
