/**
 * The export thread: lays out and renders plans, off the thread that serves the window, so a
 * 700-page PDF does not freeze the app (Electron's main process, the browser host's server)
 * while it is written. Started and kept by exportInWorker (ExportThread), which sends one job
 * at a time; the modules, compiled code and caches of one export serve the next.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { UserError } from '../../i18n/messages.ts';
import { builtinTemplates } from '../../io/templates.ts';
import { planContext } from '../../plan/context.ts';
import { type ExportFormat, exportPlan, prepareExport, warmUpExport } from '../index.ts';
import type { ExportAnswer, ExportJob, ExportReply } from './protocol.ts';

/** Formats this thread has warmed up (warmUp.ts): once per thread is enough. */
const warmed = new Set<ExportFormat>();

async function run(job: ExportJob): Promise<ExportAnswer> {
  try {
    if ('prepare' in job) {
      builtinTemplates();
      await prepareExport(job.prepare);
      if (!warmed.has(job.prepare)) {
        warmed.add(job.prepare);
        await warmUpExport(job.prepare);
      }
      return { ok: true, prepared: job.prepare };
    }
    const ctx = planContext(job.project, builtinTemplates().forProject(job.project.template));
    const { bytes, fileName } = await exportPlan(ctx, job.request);
    return { ok: true, bytes, fileName };
  } catch (error) {
    if (error instanceof UserError)
      return { ok: false, userError: { key: error.key, params: error.params } };
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    return { ok: false, error: { message, stack } };
  }
}

/**
 * Sends the answer, moving the document's memory instead of copying it. Only a buffer the
 * document fills alone is moved: this thread lives on, and a buffer shared with anything
 * else here must stay usable.
 */
function reply(port: MessagePort, id: number, answer: ExportAnswer): void {
  const message: ExportReply = { id, answer };
  if (!answer.ok || 'prepared' in answer) return port.postMessage(message);
  const { bytes } = answer;
  const whole =
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer;
  const own = whole ? bytes : bytes.slice();
  port.postMessage({ id, answer: { ...answer, bytes: own } }, [own.buffer as ArrayBuffer]);
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: ExportJob) => {
    void run(job).then((answer) => reply(port, job.id, answer));
  });
}
