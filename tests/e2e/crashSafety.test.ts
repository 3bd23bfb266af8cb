import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProjectText } from '../../src/core/project/parse.ts';
import { SAMPLE_PATH } from '../fixtures/sample.ts';

const LOOP = fileURLToPath(new URL('../fixtures/saveLoop.ts', import.meta.url));
const RUNS = 20;

function killWhileSaving(target: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOOP, target, SAMPLE_PATH], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('exit', () => resolve());
    child.once('error', reject);
  });
}

describe('a save killed at any moment', () => {
  it(`leaves either the old or the new complete version (${RUNS} runs, SIGKILL)`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencana-crash-'));
    const target = join(dir, 'rencana.rencana');
    const seen = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      // Spread the kills over the save cycle (one save of the sample takes a few ms).
      await killWhileSaving(target, 5 + ((run * 37) % 120));
      const { project } = parseProjectText(readFileSync(target, 'utf8'), target);
      expect(['Versi A', 'Versi B']).toContain(project.meta.title);
      seen.add(project.meta.title);
    }
    expect(seen.size).toBe(2);
  });
});
