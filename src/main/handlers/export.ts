/** Handlers that export the plan and show the result. */
import { basename, dirname, join } from 'node:path';
import { prepareExport as loadExporter } from '../../core/export/index.ts';
import { exportInWorker, keptExportThread } from '../../core/export/worker/exportInWorker.ts';
import { exportToFile, type Exporter } from '../../core/io/exportFile.ts';
import { planContext } from '../../core/plan/context.ts';
import type { ApiInput, ExportDone, ExportProgress, FolderOpened } from '../../shared/api.ts';
import type { HandlerEnv } from './env.ts';
import { suggestedProjectFileName } from './fileNames.ts';

/**
 * exportDocument: the plan as it is in the editor (saved or not), written next to its
 * project file, or in the default folder for a plan that has none yet.
 */
export async function exportDocument(
  input: ApiInput<'exportDocument'>,
  env: HandlerEnv,
  progress: (progress: ExportProgress) => void,
): Promise<ExportDone> {
  progress({ stage: 'preparing' });
  const ctx = planContext(input.project, env.templates.forProject(input.project.template));
  const projectPath =
    input.projectPath === undefined
      ? join(env.files.defaultFolder(), suggestedProjectFileName(input.project))
      : env.files.resolve(input.projectPath);
  progress({ stage: 'rendering' });
  // A long export runs in the kept export thread: the window (and every other call) stays
  // served, and an export after the first finds the thread's modules and caches warm.
  const thread = env.exportThread;
  const exporter: Exporter | undefined = thread
    ? (plan, request) => exportInWorker(thread, plan.project, request)
    : undefined;
  const written = await exportToFile(
    ctx,
    { format: input.format, book: input.book, projectPath },
    exporter,
  );
  env.files.grant(written.path);
  progress({ stage: 'done' });
  return {
    path: env.files.display(written.path),
    name: basename(written.path),
    folder: dirname(written.path),
    bytes: written.bytes,
  };
}

/**
 * prepareExport: an export looks near (the pointer or the focus is on an export button).
 * Starts the kept export thread and has it load and warm up that exporter, without waiting:
 * the export asked for next then starts at once, in compiled code. Only a hint; without an export thread the exporter is
 * loaded here.
 */
export function prepareExport(input: ApiInput<'prepareExport'>, env: HandlerEnv): null {
  const thread = env.exportThread;
  if (thread) void keptExportThread(thread).prepare(input.format);
  else void loadExporter(input.format).catch(() => undefined);
  return null;
}

/** openFolder: shows a written file in the system's file manager where there is one. */
export async function openFolder(
  input: ApiInput<'openFolder'>,
  env: HandlerEnv,
): Promise<FolderOpened> {
  const absolute = env.files.resolve(input.path);
  return { opened: await env.desktop.showInFolder(absolute), folder: dirname(absolute) };
}
