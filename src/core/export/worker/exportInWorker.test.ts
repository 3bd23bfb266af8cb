import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleContext } from '../../../../tests/fixtures/sample.ts';
import { UserError } from '../../i18n/messages.ts';
import { exportPlan, type ExportRequest } from '../index.ts';
import { ExportThread, exportInWorker, SOURCE_THREAD } from './exportInWorker.ts';

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('exporting in a worker thread', () => {
  const threads: ExportThread[] = [];
  /** A thread of this test alone, ended after it. */
  const thread = (options?: ConstructorParameters<typeof ExportThread>[1]) => {
    const made = new ExportThread(SOURCE_THREAD, options);
    threads.push(made);
    return made;
  };
  afterEach(async () => {
    await Promise.all(threads.splice(0).map((t) => t.terminate()));
  });

  it('writes the same document as an export on this thread', async () => {
    const ctx = sampleContext();
    const request = { format: 'docx', book: 2 } as const;
    const here = await exportPlan(ctx, request);
    const there = await exportInWorker(SOURCE_THREAD, ctx.project, request);
    expect(there.fileName).toBe(here.fileName);
    expect(there.fileName).toMatch(/Buku-II\.docx$/);
    expect(same(there.bytes, here.bytes)).toBe(true);
  });

  it('hands back the same message when the plan cannot be exported', async () => {
    const ctx = sampleContext();
    const failure = await exportInWorker(SOURCE_THREAD, ctx.project, {
      format: 'pdf',
      book: 7,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).key).toBe('export.unknown-book');
    expect((failure as UserError).message).toMatch(/Buku 7 tidak ada/);
  });

  it('keeps one thread for successive exports of both formats, each the same as here', async () => {
    const ctx = sampleContext();
    const kept = thread();
    for (const request of [
      { format: 'docx', book: 2 },
      { format: 'pdf', book: 2 },
      { format: 'docx', book: 2 },
    ] as const) {
      const here = await exportPlan(ctx, request);
      const there = await kept.export(ctx.project, request);
      expect(there.fileName).toBe(here.fileName);
      expect(same(there.bytes, here.bytes)).toBe(true);
    }
    expect(kept.threadsStarted).toBe(1);
    expect(kept.alive).toBe(true);
  });

  it('answers exports asked at once one after the other, each with its own document', async () => {
    const ctx = sampleContext();
    const kept = thread();
    const requests: ExportRequest[] = [
      { format: 'pdf', book: 1 },
      { format: 'docx', book: 3 },
      { format: 'pdf', book: 9 },
      { format: 'docx', book: 4 },
    ];
    const answers = await Promise.allSettled(requests.map((r) => kept.export(ctx.project, r)));
    expect(answers.map((a) => a.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    for (const [i, answer] of answers.entries()) {
      if (answer.status === 'rejected') {
        expect((answer.reason as UserError).key).toBe('export.unknown-book');
        continue;
      }
      const here = await exportPlan(ctx, requests[i]!);
      expect(answer.value.fileName).toBe(here.fileName);
      expect(same(answer.value.bytes, here.bytes)).toBe(true);
    }
    expect(kept.threadsStarted).toBe(1);
  });

  it('rejects the export of a thread that ends mid-job, and starts a new thread for the next', async () => {
    const ctx = sampleContext();
    const kept = thread();
    await kept.export(ctx.project, { format: 'docx', book: 2 });
    const cut = kept.export(ctx.project, { format: 'pdf', book: 'all' });
    const waiting = kept.export(ctx.project, { format: 'docx', book: 2 });
    await kept.terminate();
    await expect(cut).rejects.toThrow(/^Proses ekspor berhenti tanpa hasil \(kode keluar 1\)\.$/);
    const here = await exportPlan(ctx, { format: 'docx', book: 2 });
    expect(same((await waiting).bytes, here.bytes)).toBe(true);
    expect(kept.threadsStarted).toBe(2);
  });

  it('ends a thread that runs out of memory with a message, not the process', async () => {
    const ctx = sampleContext();
    const small = thread({ resourceLimits: { maxOldGenerationSizeMb: 24 } });
    await expect(small.export(ctx.project, { format: 'pdf', book: 'all' })).rejects.toThrow(
      /^Proses ekspor berhenti tanpa hasil: memorinya habis \(batas 24 MB\)\.$/,
    );
    expect(small.alive).toBe(false);
  });

  it('ends an idle thread and starts a new one for the next export', async () => {
    const ctx = sampleContext();
    const kept = thread({ idleMs: 20 });
    const request = { format: 'docx', book: 2 } as const;
    const first = await kept.export(ctx.project, request);
    await vi.waitFor(() => expect(kept.alive).toBe(false), { timeout: 10_000, interval: 10 });
    const second = await kept.export(ctx.project, request);
    expect(same(second.bytes, first.bytes)).toBe(true);
    expect(kept.threadsStarted).toBe(2);
  });

  it('prepares a thread for a format once, and the export that follows runs in it', async () => {
    const ctx = sampleContext();
    const kept = thread();
    expect(kept.alive).toBe(false);
    // A fresh thread: loaded and warmed up (warmUp.ts) before the plan, as in the app.
    expect(await kept.prepare('pdf')).toBe(true);
    expect(kept.alive).toBe(true);
    // Loaded already: nothing to do, for a preparation or an export's own loading.
    expect(await kept.prepare('pdf')).toBe(false);
    const request = { format: 'pdf', book: 2 } as const;
    const there = await kept.export(ctx.project, request);
    // The warm-up changed nothing in the export after it.
    expect(same(there.bytes, (await exportPlan(ctx, request)).bytes)).toBe(true);
    expect(kept.threadsStarted).toBe(1);
    await kept.export(ctx.project, { format: 'docx', book: 2 });
    expect(await kept.prepare('docx')).toBe(false);
  });

  it('does not prepare a thread that is exporting, nor make the export wait', async () => {
    const ctx = sampleContext();
    const kept = thread();
    const exporting = kept.export(ctx.project, { format: 'docx', book: 2 });
    expect(await kept.prepare('pdf')).toBe(false);
    await exporting;
    expect(kept.threadsStarted).toBe(1);
  });

  it('prepares a new thread again after the old one ended', async () => {
    const kept = thread({ idleMs: 20 });
    expect(await kept.prepare('docx')).toBe(true);
    await vi.waitFor(() => expect(kept.alive).toBe(false), { timeout: 10_000, interval: 10 });
    expect(await kept.prepare('docx')).toBe(true);
    expect(kept.threadsStarted).toBe(2);
  });

  it('does not keep the process alive while the thread waits for the next export', async () => {
    // A process exports once through the kept thread (default idle time, 90 s) and has
    // nothing else to do: it must end now, as `npm run web` and the tests do.
    const worker = fileURLToPath(new URL('./exportInWorker.ts', import.meta.url));
    const sample = fileURLToPath(new URL('../../../../tests/fixtures/sample.ts', import.meta.url));
    const script = `
      const { exportInWorker, SOURCE_THREAD } = await import(${JSON.stringify(worker)});
      const { sampleProject } = await import(${JSON.stringify(sample)});
      const done = await exportInWorker(SOURCE_THREAD, sampleProject(), { format: 'docx', book: 2 });
      console.log(done.fileName);`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(out).toMatch(/Buku-II\.docx/);
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
