/** The editor in Chromium (bench/harness/editorOnce.ts), recorded as measures. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanName } from '../generate/specs.ts';
import { ROOT, shown, type BenchContext, record } from './context.ts';
import type { EditorSample } from './editorOnce.ts';
import { runMeasured } from './process.ts';
import { percentile, summarize } from './stats.ts';

const EDITOR_ONCE = join(ROOT, 'bench', 'harness', 'editorOnce.ts');
const KEYSTROKES = 200;
/**
 * Browser launches for the unthrottled typing. Headless Chromium used to pace stretches of a
 * page's frames at 60 Hz despite the flags (a run of keys at ≈ 16-18 ms, in the editor or the
 * bare page), seen while the harness polled the page on every frame to know a key was
 * measured (7 of 20 launches); editorOnce now waits on the probe instead, and no such stretch
 * was seen in 16 launches since. The typing is still measured in three launches and the
 * launch with the median p95 recorded; the note gives the p95 of every launch.
 */
const UNTHROTTLED_LAUNCHES = 3;

/** Measures the editor on one plan; a missing renderer build or browser is a TODO, not a number. */
export async function measureEditor(
  ctx: BenchContext,
  plan: PlanName,
  planPath: string,
): Promise<void> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    ctx.todo.push(
      'Editor di Chromium: antarmuka belum dibangun (jalankan `npm run build`), tidak diukur.',
    );
    return;
  }
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    ctx.todo.push(
      'Editor di Chromium: /usr/bin/chromium tidak ada (apt-get install chromium), tidak diukur.',
    );
    return;
  }
  const opens = Math.max(1, ctx.settings.runs);
  const args = ['--import', 'tsx', EDITOR_ONCE, planPath, String(opens), String(KEYSTROKES)];
  process.stderr.write(`  ${plan} editor di Chromium: ${opens} kali buka, ${KEYSTROKES} ketukan\n`);
  const run = async (extra: string[]): Promise<EditorSample | undefined> => {
    try {
      const result = await runMeasured(process.execPath, [...args, ...extra], {
        cwd: ROOT,
        timeoutMs: 600_000,
      });
      return JSON.parse(result.stdout.trim().split('\n').pop()!) as EditorSample;
    } catch (error) {
      ctx.todo.push(`Editor di Chromium: gagal diukur (${(error as Error).message.slice(0, 300)})`);
      return undefined;
    }
  };
  const sample = await run([]);
  if (!sample) return;
  // The same typing without the wait for the display's refresh: the page's own work per key.
  const launches: EditorSample[] = [];
  for (let i = 0; i < UNTHROTTLED_LAUNCHES; i++) {
    const launched = await run(['unthrottled']);
    if (launched) launches.push(launched);
  }
  const p95 = (sample: EditorSample): number => percentile(sample.keyLatencyMs, 0.95);
  launches.sort((a, b) => p95(a) - p95(b));
  const unthrottled = launches[Math.floor((launches.length - 1) / 2)];
  const launchNote = `p95 of each launch (editor / bare page): ${launches
    .map((l) => `${p95(l).toFixed(1)} / ${percentile(l.baselineLatencyMs, 0.95).toFixed(1)}`)
    .join(', ')} ms; the launch with the median editor p95 is recorded`;
  const command = `node ${args.map((a) => (a.startsWith('/') ? shown(a) : a)).join(' ')}`;
  const latency = (values: number[]) => ({
    timeMs: summarize(values),
    percentiles: { p50: percentile(values, 0.5), p95: percentile(values, 0.95) },
  });
  record(
    ctx,
    {
      id: `${plan}.editor-editable`,
      plan,
      label: 'Editor: navigation to an editable screen',
      timeMs: summarize(sample.editableMs),
      command,
    },
    {
      id: `${plan}.editor-keypress`,
      plan,
      label: `Editor: keypress to next frame (${sample.keyLatencyMs.length} keys)`,
      ...latency(sample.keyLatencyMs),
      command,
      note: sample.section,
    },
    {
      id: `${plan}.editor-keypress-baseline`,
      plan,
      label: 'Same probe on a bare contenteditable (floor of the measure)',
      ...latency(sample.baselineLatencyMs),
      command,
    },
    {
      id: `${plan}.editor-memory`,
      plan,
      label: 'Editor: renderer resident memory after opening',
      memoryMb: summarize([sample.rendererRssMb]),
      command,
      note: `JS heap after GC: ${sample.jsHeapMb.toFixed(1)} MB`,
    },
  );
  if (unthrottled)
    record(
      ctx,
      {
        id: `${plan}.editor-keypress-unthrottled`,
        plan,
        label: `Editor: keypress to next frame, frames not held to 60 Hz (${unthrottled.keyLatencyMs.length} keys)`,
        ...latency(unthrottled.keyLatencyMs),
        command: `${command} unthrottled`,
        note: `${unthrottled.section}; ${launchNote}`,
      },
      {
        id: `${plan}.editor-keypress-unthrottled-baseline`,
        plan,
        label: 'Same unthrottled probe on a bare contenteditable',
        ...latency(unthrottled.baselineLatencyMs),
        command: `${command} unthrottled`,
      },
    );
  if (sample.errors.length > 0)
    ctx.todo.push(`Editor di Chromium: galat halaman: ${sample.errors.slice(0, 3).join('; ')}`);
}
