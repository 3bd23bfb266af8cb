/**
 * `--profile PLAN:docx|pdf|core`: runs one export (or the open/save/validate child) under
 * `node --cpu-prof` and prints where the time went: self time per function and per file.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanName } from '../generate/specs.ts';
import { GENERATED_DIR, planDir, ROOT } from './context.ts';
import { summarizeProfile, type ProfileSummary } from './cpuProfile.ts';
import { exportArgs } from './ours.ts';
import { runMeasured } from './process.ts';

export type ProfileTarget = 'docx' | 'pdf' | 'core';

/** Profiles one run and returns its summary; the .cpuprofile stays in bench/generated/profiles/. */
export async function profileRun(
  plan: PlanName,
  planPath: string,
  target: ProfileTarget,
): Promise<{ file: string; summary: ProfileSummary }> {
  const dir = join(GENERATED_DIR, 'profiles', `${plan}-${target}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  mkdirSync(planDir(plan), { recursive: true });
  // A 0.2 ms sampling interval sees short functions without slowing the run much.
  const prof = ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200'];
  const args =
    target === 'core'
      ? [
          ...prof,
          '--import',
          'tsx',
          join(ROOT, 'bench', 'harness', 'coreOnce.ts'),
          planPath,
          '10',
          '2',
          join(planDir(plan), 'saved.rencana'),
        ]
      : exportArgs(planPath, target, join(planDir(plan), `profiled.${target}`), prof);
  await runMeasured(process.execPath, args, { cwd: ROOT, timeoutMs: 900_000 });
  // tsx's loader runs in a worker thread that writes its own, small profile; the largest is the main thread.
  const file = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0];
  if (!file) throw new Error(`Profil tidak tertulis di ${dir}`);
  return { file: join(dir, file), summary: summarizeProfile(join(dir, file), 25) };
}

/** The summary as text: the top functions and files by self time. */
export function formatProfile(summary: ProfileSummary): string {
  const rows = (items: ProfileSummary['functions']) =>
    items
      .map(
        (f) =>
          `${f.ms.toFixed(0).padStart(7)} ms ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.name}`,
      )
      .join('\n');
  return [
    `Total ${summary.totalMs.toFixed(0)} ms sampled`,
    `Self time by function:\n${rows(summary.functions)}`,
    `Self time by file:\n${rows(summary.files)}`,
    `Time in our functions, callees included:\n${rows(summary.ours)}`,
  ].join('\n\n');
}
