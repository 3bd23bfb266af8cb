/**
 * Before measuring a plan: lays it out once (untimed) to write its Markdown and HTML twins
 * for the other tools, and counts its tables and figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { writeEquivalents } from '../convert/index.ts';
import type { GeneratedFile } from '../generate/index.ts';
import { readProjectFile } from '../../src/core/io/projectFile.ts';
import { builtinTemplates } from '../../src/core/io/templates.ts';
import { buildLayout } from '../../src/core/layout/index.ts';
import { planContext } from '../../src/core/plan/context.ts';
import { planDir, shown } from './context.ts';
import type { PlanInfo } from './results.ts';

/** Writes the twins into the plan's folder and describes the plan. */
export function preparePlan(file: GeneratedFile): PlanInfo {
  const { project } = readProjectFile(file.path);
  const layout = buildLayout(
    planContext(project, builtinTemplates().forProject(project.template)),
    { book: 'all' },
  );
  const dir = planDir(file.name);
  mkdirSync(dir, { recursive: true });
  writeEquivalents(layout, dir);
  const blocks = layout.sections.flatMap((s) => s.blocks);
  return {
    name: file.name,
    path: shown(file.path),
    bytes: file.bytes,
    words: file.words,
    proseWords: file.proseWords,
    programmes: file.programmes,
    quickWins: file.quickWins,
    tables: blocks.filter((b) => b.kind === 'table').length,
    figures: blocks.filter((b) => b.kind === 'figure').length,
  };
}

/** The page count of a PDF (poppler's pdfinfo), or undefined when it cannot be read. */
export function pdfPages(path: string): number | undefined {
  try {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const match = /^Pages:\s+(\d+)/m.exec(info);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
