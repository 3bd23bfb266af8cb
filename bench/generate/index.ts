/** `--generate`: writes the benchmark plans to bench/generated/ and says what is in them. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectFile, writeProjectFile } from '../../src/core/io/projectFile.ts';
import type { Project } from '../../src/core/model/project.ts';
import { generatePlan } from './plan.ts';
import { planSpec, type PlanName } from './specs.ts';
import { projectWords } from './wordCount.ts';

export interface GeneratedFile {
  name: PlanName;
  path: string;
  bytes: number;
  seed: number;
  /** Words of running text. */
  proseWords: number;
  /** All words: running text, captions, tables and fields. */
  words: number;
  programmes: number;
  quickWins: number;
  figures: number;
}

/** The path of a generated plan. */
export function planPath(dir: string, name: PlanName): string {
  return join(dir, `${name}.rencana`);
}

function rowCount(project: Project, suffix: string): number {
  return Object.entries(project.sections)
    .filter(([key]) => key.endsWith(suffix))
    .reduce((sum, [, content]) => sum + (content.kind === 'table' ? content.rows.length : 0), 0);
}

function describe(name: PlanName, path: string, project: Project, seed: number): GeneratedFile {
  const words = projectWords(project);
  return {
    name,
    path,
    bytes: statSync(path).size,
    seed,
    proseWords: words.prose,
    words: words.all,
    programmes: rowCount(project, '.program'),
    quickWins: rowCount(project, '.daftar-quick-win'),
    figures: Object.keys(project.assets).length,
  };
}

/** Generates and writes one plan. */
export function writePlan(dir: string, name: PlanName, seed?: number): GeneratedFile {
  const spec = planSpec(name, seed);
  const { project } = generatePlan(spec);
  mkdirSync(dir, { recursive: true });
  const path = planPath(dir, name);
  writeProjectFile(path, project);
  const file = describe(name, path, project, spec.seed);
  writeFileSync(`${path}.json`, `${JSON.stringify(file, null, 2)}\n`);
  return file;
}

/** Describes a plan written earlier, from the note --generate left beside it. */
export function readPlan(dir: string, name: PlanName): GeneratedFile {
  const path = planPath(dir, name);
  if (existsSync(`${path}.json`))
    return JSON.parse(readFileSync(`${path}.json`, 'utf8')) as GeneratedFile;
  return describe(name, path, readProjectFile(path).project, planSpec(name).seed);
}
