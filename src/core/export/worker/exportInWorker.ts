/**
 * Runs exportPlan in a worker thread (thread.ts) and answers as exportPlan would: the same
 * bytes and file name, the same UserError. The caller says where the thread's script is,
 * because that differs between the checkout run by tsx (thread.ts) and the Electron bundle
 * (a built .js beside the main bundle).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../i18n/messages.ts';
import type { Project } from '../../model/project.ts';
import type { ExportRequest, ExportResult } from '../index.ts';
import type { ExportAnswer, ExportJob } from './protocol.ts';

/** The thread script as run from the checkout (node --import tsx passes its loader on). */
export const SOURCE_THREAD = new URL('./thread.ts', import.meta.url);

/**
 * Starts the thread. The TypeScript source (the checkout, run by tsx) needs tsx's loader in the
 * thread: a worker does not take `--import` hooks from its execArgv, so a short bootstrap
 * registers tsx through its API, found by its package's own exports map, then imports the
 * thread. A built .js script (Electron) starts as is.
 */
function startThread(script: URL, job: ExportJob): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData: job });
  const require = createRequire(import.meta.url);
  const tsxPackage = require.resolve('tsx/package.json');
  const { exports } = require(tsxPackage) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  const api = pathToFileURL(join(dirname(tsxPackage), exports['./esm/api'].import.default)).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}

export function exportInWorker(
  script: URL,
  project: Project,
  request: ExportRequest,
): Promise<ExportResult> {
  const job: ExportJob = { project, request };
  return new Promise((resolve, reject) => {
    const worker = startThread(script, job);
    let answered = false;
    worker.once('message', (answer: ExportAnswer) => {
      answered = true;
      if (answer.ok) resolve({ bytes: answer.bytes, fileName: answer.fileName });
      else if ('userError' in answer)
        reject(new UserError(answer.userError.key, answer.userError.params));
      else reject(Object.assign(new Error(answer.error.message), { stack: answer.error.stack }));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`Proses ekspor berhenti tanpa hasil (kode keluar ${code}).`));
    });
  });
}
