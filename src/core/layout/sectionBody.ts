/** What one outline section prints below its heading, by kind. */
import type { SectionContent } from '../model/project.ts';
import type { OutlineSection } from '../template/outline.ts';
import type { TableDef } from '../template/types.ts';
import type { LayoutEnv } from './env.ts';
import { fieldsHaveValues, fieldsTable } from './fields.ts';
import { generatedBody } from './generated.ts';
import type { Orientation } from './geometry.ts';
import type { Block } from './model.ts';
import { programmeTable } from './programmeMatrix.ts';
import { readinessFigure } from './readinessFigure.ts';
import { richTextBlocks, richTextIsEmpty } from './richText.ts';
import { placeholder } from './runs.ts';
import { typedTable } from './tables.ts';

export interface SectionBody {
  blocks: Block[];
  /** Landscape when the section's table needs the width; portrait otherwise. */
  orientation?: Orientation;
}

/** The caption of a table section: the table's caption, named after the element or dimension it repeats for. */
export function tableCaption(section: OutlineSection, def: TableDef): string {
  const scope = section.element?.name ?? section.dimension?.name;
  return scope ? `${def.caption} ${scope}` : def.caption;
}

function tableBody(
  env: LayoutEnv,
  section: OutlineSection,
  content: SectionContent | undefined,
): SectionBody | undefined {
  const def = env.ctx.template.pack.tables[section.def.table ?? ''];
  const rows = content?.kind === 'table' ? content.rows : [];
  if (!def) return undefined;
  const caption = tableCaption(section, def);
  if (def.fixedRows === 'readinessParts') {
    // Fixed rows exist from the start; the section is empty until a score or evidence is written.
    const filled = rows.some((r) =>
      Object.keys(r.cells).some((c) => c !== 'pillar' && c !== 'part'),
    );
    if (!filled) return undefined;
    const table = typedTable(env, def, rows, caption);
    const figure = readinessFigure(env, rows, caption);
    return {
      blocks: figure ? [table.block, figure] : [table.block],
      orientation: table.orientation,
    };
  }
  if (rows.length === 0) return undefined;
  const table =
    def.id === 'programme'
      ? programmeTable(env, def, rows, caption)
      : typedTable(env, def, rows, caption);
  return { blocks: [table.block], orientation: table.orientation };
}

function filledBody(
  env: LayoutEnv,
  section: OutlineSection,
  content: SectionContent | undefined,
): SectionBody | undefined {
  switch (section.def.kind) {
    case 'richtext':
      if (content?.kind !== 'richtext' || richTextIsEmpty(content.doc)) return undefined;
      return { blocks: richTextBlocks(content.doc, env) };
    case 'fields':
      if (content?.kind !== 'fields' || !fieldsHaveValues(content.values)) return undefined;
      return {
        blocks: [fieldsTable(env, section.def.fields ?? [], content.values, section.title).block],
      };
    case 'table':
      return tableBody(env, section, content);
    case 'generated':
      return section.def.generator ? generatedBody(env, section, section.def.generator) : undefined;
    case 'group':
      return { blocks: [] };
  }
}

/**
 * The body of a section, a placeholder when a required one is empty, or undefined
 * when an optional section is empty (it is then left out, heading and all).
 */
export function sectionBody(env: LayoutEnv, section: OutlineSection): SectionBody | undefined {
  const body = filledBody(env, section, env.ctx.project.sections[section.key]);
  if (body) return body;
  return section.def.required ? { blocks: [placeholder()] } : undefined;
}
