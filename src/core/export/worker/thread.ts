/**
 * The export thread: lays out and renders one plan, off the thread that serves the window,
 * so a 700-page PDF does not freeze the app (Electron's main process, the browser host's
 * server) while it is written. Started by exportInWorker, one job per thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../../i18n/messages.ts';
import { builtinTemplates } from '../../io/templates.ts';
import { planContext } from '../../plan/context.ts';
import { exportPlan } from '../index.ts';
import type { ExportAnswer, ExportJob } from './protocol.ts';

async function run(job: ExportJob): Promise<ExportAnswer> {
  try {
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

if (parentPort) {
  const answer = await run(workerData as ExportJob);
  parentPort.postMessage(answer, answer.ok ? [answer.bytes.buffer as ArrayBuffer] : []);
}
