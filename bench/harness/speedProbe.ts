/**
 * Child process of the harness: a fixed workload, timed, as a yardstick of how fast this
 * machine is at the moment. This virtual machine's speed moves by half from one hour to the
 * next; the probe, run at the start and the end of a benchmark run, says which phase the run's
 * figures were taken in. The work is a small mix of what an export does (strings and small
 * objects in JavaScript, sorting, JSON, deflate), on data drawn from a fixed seed, in a fresh
 * process like an export's first run. Prints one JSON line: { "ms": … }.
 *
 *   node bench/harness/speedProbe.ts   (through tsx, as the harness runs it)
 */
import { deflateSync } from 'node:zlib';

function workload(): number {
  let state = 0x2f6b_9d31;
  const next = (): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const words: string[] = [];
  for (let i = 0; i < 300_000; i++) words.push(Math.floor(next() * 36 ** 5).toString(36));
  words.sort();
  const text = words.join(' ');
  const rows = words.slice(0, 100_000).map((word, i) => ({ word, i, width: word.length * i }));
  const parsed = JSON.parse(JSON.stringify(rows)) as unknown[];
  const packed = deflateSync(Buffer.from(text, 'latin1'), { level: 6 });
  return parsed.length + packed.length;
}

const start = performance.now();
workload();
console.log(JSON.stringify({ ms: performance.now() - start }));
