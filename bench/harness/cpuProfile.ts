/** Summarises a V8 .cpuprofile: self time per function and per source file, largest first. */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: SelfTime[];
  files: SelfTime[];
  /** Time inside our own functions (src/), callees included: where each phase's time goes. */
  ours: SelfTime[];
}

function shortUrl(url: string): string {
  const clean = url.replace(/^file:\/\//, '');
  const marker = ['/node_modules/', '/src/', '/bench/'].find((m) => clean.includes(m));
  return marker ? clean.slice(clean.indexOf(marker) + 1) : clean || '(native)';
}

function top(map: Map<string, number>, totalMs: number, count: number): SelfTime[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, share: us / 1000 / totalMs }));
}

/** The `count` largest self times of a profile file. */
export function summarizeProfile(path: string, count = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const frame = frames.get(id);
    if (!frame) return;
    total += delta;
    const file = shortUrl(frame.url);
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
    byFile.set(file, (byFile.get(file) ?? 0) + delta);
  });
  const totalMs = total / 1000;
  return {
    totalMs,
    functions: top(byFunction, totalMs, count),
    files: top(byFile, totalMs, count),
    ours: top(inclusiveTimes(profile), totalMs, count),
  };
}

/** Time of each function of src/ with everything it called; recursion is counted once. */
function inclusiveTimes(profile: CpuProfile): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const frame = frames.get(node);
      const file = frame ? shortUrl(frame.url) : '';
      if (!frame || !file.startsWith('src/')) continue;
      const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
      if (!seen.has(name)) times.set(name, (times.get(name) ?? 0) + delta);
      seen.add(name);
    }
  });
  return times;
}
