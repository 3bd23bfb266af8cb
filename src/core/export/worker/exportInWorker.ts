/**
 * Runs exportPlan in a worker thread (thread.ts) and answers as exportPlan would: the same
 * bytes and file name, the same UserError. The caller says where the thread's script is,
 * because that differs between the checkout run by tsx (thread.ts) and the Electron bundle
 * (a built .js beside the main bundle).
 *
 * The thread is kept between exports (issue #6): planners export, fix a finding and export
 * again, and a new thread would load pdfmake, fontkit and resvg, compile the code and fill its
 * caches (shaped words, charts, flattened figures) all over again each time. Jobs go to the
 * thread one at a time, in the order asked: an export uses both cores of a small machine
 * and up to 400 MB, so two at once would each take about twice as long and need twice the
 * memory; one after the other, the first is done as early as it can be. A thread with nothing
 * to do for EXPORT_THREAD_IDLE_MS ends, returning its memory; the next export starts another.
 * When an export looks near (the pointer on an export button), `prepare` starts the thread and
 * has it load the exporter and, for the PDF, render a small warm-up document a few times
 * (../warmUp.ts), so the export itself starts at once and runs compiled code.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { UserError } from '../../i18n/messages.ts';
import type { Project } from '../../model/project.ts';
import type { ExportFormat, ExportRequest, ExportResult } from '../index.ts';
import type { ExportJob, ExportReply } from './protocol.ts';

/** The thread script as run from the checkout (node --import tsx passes its loader on). */
export const SOURCE_THREAD = new URL('./thread.ts', import.meta.url);

/** How long a thread waits for the next export before it ends and frees its memory. */
export const EXPORT_THREAD_IDLE_MS = 90_000;

/**
 * The thread's heap limit: far above what the largest plans need (a live heap under 100 MB,
 * 410 MB resident at the peak of a 731-page PDF), but a runaway export ends its own thread
 * with a message instead of taking the memory the app's window and autosave need.
 */
export const EXPORT_THREAD_HEAP_MB = 2048;

/**
 * The thread's young generation (V8 gives each of its two semi-spaces a third): 64 MB
 * semi-spaces instead of V8's 16 MB. An export allocates about 1.1 GB, most of it short-lived
 * but living longer than a 16 MB scavenge interval (a page's lines live until the page is
 * drawn), so with small semi-spaces much of it is copied, promoted and then marked in the old
 * generation. With 64 MB a PDF export of the large benchmark plan through the kept thread
 * takes about 13 % less time and 20 % less CPU (BENCHMARKS.md); the thread holds about 60 MB
 * more while it lives.
 */
export const EXPORT_THREAD_YOUNG_MB = 192;

export interface ExportThreadOptions {
  /** Idle time before the thread ends; default EXPORT_THREAD_IDLE_MS. */
  idleMs?: number;
  /** Default: EXPORT_THREAD_HEAP_MB for the old generation, EXPORT_THREAD_YOUNG_MB for the young. */
  resourceLimits?: ResourceLimits;
}

/** The message for an export whose thread ended before answering. */
function stoppedMessage(code: number, cause: Error | undefined, heapMb?: number): string {
  if ((cause as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return `Proses ekspor berhenti tanpa hasil: memorinya habis (batas ${heapMb ?? '?'} MB).`;
  return cause
    ? `Proses ekspor berhenti tanpa hasil (${cause.message}).`
    : `Proses ekspor berhenti tanpa hasil (kode keluar ${code}).`;
}

/**
 * Starts the thread. The TypeScript source (the checkout, run by tsx) needs tsx's loader in the
 * thread: a worker does not take `--import` hooks from its execArgv, so a short bootstrap
 * registers tsx through its API, found by its package's own exports map, then imports the
 * thread. A built .js script (Electron) starts as is.
 */
function startThread(script: URL, resourceLimits: ResourceLimits): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { resourceLimits });
  const require = createRequire(import.meta.url);
  const tsxPackage = require.resolve('tsx/package.json');
  const { exports } = require(tsxPackage) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  const api = pathToFileURL(join(dirname(tsxPackage), exports['./esm/api'].import.default)).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

interface PendingJob {
  job: ExportJob;
  /** The export's result; undefined for a preparation. */
  resolve: (result: ExportResult | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * One export thread, kept warm between jobs and ended when idle. It never keeps the process
 * alive by itself: the thread and its idle timer are unref'd while no export is running.
 */
export class ExportThread {
  private readonly idleMs: number;
  private readonly resourceLimits: ResourceLimits;
  private worker: Worker | undefined;
  /** The job the thread is working on; at most one. */
  private current: PendingJob | undefined;
  private readonly queue: PendingJob[] = [];
  private idleTimer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private started = 0;
  /** Formats the running thread has loaded: preparing them again would do nothing. */
  private readonly prepared = new Set<ExportFormat>();

  constructor(
    private readonly script: URL,
    options: ExportThreadOptions = {},
  ) {
    this.idleMs = options.idleMs ?? EXPORT_THREAD_IDLE_MS;
    this.resourceLimits = options.resourceLimits ?? {
      maxOldGenerationSizeMb: EXPORT_THREAD_HEAP_MB,
      maxYoungGenerationSizeMb: EXPORT_THREAD_YOUNG_MB,
    };
  }

  /**
   * Exports the plan in the thread, after the exports asked for before it. The plan is copied
   * to the thread when its turn comes, so the caller hands it over and does not change it.
   */
  export(project: Project, request: ExportRequest): Promise<ExportResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({
        job: { id: this.nextId++, project, request },
        resolve: (result) =>
          result ? resolve(result) : reject(new Error('Ekspor tidak menghasilkan berkas.')),
        reject,
      });
      this.next();
    });
  }

  /**
   * Starts the thread if there is none and has it load what an export to `format` needs
   * (its modules, the templates, the schema validator) and, for the PDF, warm it up
   * (warmUpExport, ≈0.45 s), so the export asked for next starts at once and runs faster.
   * An export asked for meanwhile waits for the warm-up: a PDF export gains about as much
   * as it waits, a DOCX export only waits. Nothing is done while the thread has work or has
   * loaded the format already. Resolves true once the thread is prepared, false when
   * nothing was done or the loading or warm-up failed (an export that follows meets the
   * failure again and reports it).
   */
  prepare(format: ExportFormat): Promise<boolean> {
    if (this.current || this.queue.length > 0 || this.prepared.has(format))
      return Promise.resolve(false);
    return new Promise((resolve) => {
      this.queue.push({
        job: { id: this.nextId++, prepare: format },
        resolve: () => resolve(true),
        reject: () => resolve(false),
      });
      this.next();
    });
  }

  /** Whether a thread is running (busy or waiting for the next job). */
  get alive(): boolean {
    return this.worker !== undefined;
  }

  /** How many threads this has started so far: a new one after a crash or an idle end. */
  get threadsStarted(): number {
    return this.started;
  }

  /**
   * Ends the thread now. An export it was working on is rejected as if the thread had
   * crashed; exports still waiting start a new thread.
   */
  async terminate(): Promise<void> {
    await this.worker?.terminate();
  }

  /** Sends the next waiting job, when the thread is free. */
  private next(): void {
    if (this.current) return;
    const pending = this.queue.shift();
    if (!pending) return this.idle();
    clearTimeout(this.idleTimer);
    try {
      const worker = (this.worker ??= this.start());
      worker.ref();
      this.current = pending;
      worker.postMessage(pending.job);
    } catch (error) {
      // The thread could not start, or the plan cannot be copied to it (not plain data).
      this.current = undefined;
      pending.reject(error instanceof Error ? error : new Error(String(error)));
      this.next();
    }
  }

  /** Lets the process exit while nothing is being exported, and ends the thread later. */
  private idle(): void {
    const worker = this.worker;
    if (!worker) return;
    worker.unref();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker !== worker || this.current) return;
      // Forgotten before it ends, so an export asked meanwhile starts a new thread.
      this.worker = undefined;
      this.prepared.clear();
      void worker.terminate();
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private start(): Worker {
    const worker = startThread(this.script, this.resourceLimits);
    this.started++;
    let crash: Error | undefined;
    worker.on('message', (reply: ExportReply) => {
      const pending = this.current;
      if (this.worker !== worker || !pending || reply.id !== pending.job.id) return;
      this.current = undefined;
      const { answer } = reply;
      if (answer.ok && 'prepared' in answer) {
        this.prepared.add(answer.prepared);
        pending.resolve(undefined);
      } else if (answer.ok) {
        if ('request' in pending.job) this.prepared.add(pending.job.request.format);
        pending.resolve({ bytes: answer.bytes, fileName: answer.fileName });
      } else if ('userError' in answer)
        pending.reject(new UserError(answer.userError.key, answer.userError.params));
      else
        pending.reject(
          Object.assign(new Error(answer.error.message), { stack: answer.error.stack }),
        );
      this.next();
    });
    worker.on('messageerror', (error) => {
      const pending = this.current;
      if (this.worker !== worker || !pending) return;
      this.current = undefined;
      pending.reject(new Error(`Hasil ekspor tidak dapat diterima (${error.message}).`));
      this.next();
    });
    // An uncaught error (or running out of memory) ends the thread: 'exit' follows.
    worker.on('error', (error) => (crash = error));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.prepared.clear();
      clearTimeout(this.idleTimer);
      const pending = this.current;
      this.current = undefined;
      const heapMb = this.resourceLimits.maxOldGenerationSizeMb;
      pending?.reject(new Error(stoppedMessage(code, crash, heapMb), { cause: crash }));
      this.next();
    });
    return worker;
  }
}

const kept = new Map<string, ExportThread>();

/** The process's kept export thread for this script. */
export function keptExportThread(script: URL): ExportThread {
  let thread = kept.get(script.href);
  if (!thread) kept.set(script.href, (thread = new ExportThread(script)));
  return thread;
}

/** Exports the plan in the process's kept thread for `script` (started when there is none). */
export function exportInWorker(
  script: URL,
  project: Project,
  request: ExportRequest,
): Promise<ExportResult> {
  return keptExportThread(script).export(project, request);
}
