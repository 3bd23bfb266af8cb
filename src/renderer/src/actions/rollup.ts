/**
 * Gabungkan Rencana Kabupaten/Kota from the editor: the roll-up runs where files are (main
 * process or host) on the plan as it is on screen; the result comes back as a new plan and
 * is applied as one undoable edit.
 */
import type { ExportDone, RollupOutcome } from '../../../shared/api.ts';
import { unwrap } from '../../../shared/client.ts';
import { api } from '../api/index.ts';
import { i18n } from '../i18n/index.ts';
import type { Change } from '../store/history.ts';
import { useAppStore } from '../store/store.ts';
import { changesBetween, matrixSectionKey, rollupKindOf } from './rollupPlan.ts';

export { matrixSectionKey, rollupKindOf };

const store = useAppStore;

function isSection(change: Change, key: string | undefined): boolean {
  return change.target.kind === 'section' && change.target.key === key;
}

/** Opens the roll-up dialog, or says why this plan cannot receive one. */
export function openRollup(): void {
  const state = store.getState();
  if (!state.doc) return;
  if (!rollupKindOf(state.doc)) {
    state.setNotice({ kind: 'info', text: i18n.t('rollup.unavailable') });
    return;
  }
  state.openDialog({ kind: 'rollup' });
}

/** The regency/city files picked in the native dialog (desktop); null when cancelled. */
export async function pickRollupFiles(): Promise<string[] | null> {
  return unwrap(await api.chooseRollupFiles());
}

/** Runs the roll-up over `files` and applies the result; how many parts of the plan changed. */
export async function runRollup(
  files: string[],
): Promise<{ outcome: RollupOutcome; changed: number }> {
  const { doc, lang } = store.getState();
  if (!doc) throw new Error('Tidak ada rencana yang terbuka.');
  const outcome = unwrap(
    await api.rollupPlan({
      project: doc.project,
      files,
      lang,
      ...(doc.path !== undefined ? { projectPath: doc.path } : {}),
    }),
  );
  // Only what the roll-up changed is applied, over the plan as it is on screen now.
  const current = store.getState().doc;
  if (!current) throw new Error('Tidak ada rencana yang terbuka.');
  const changes = changesBetween(doc.project, outcome.project).map((change): Change => {
    if (change.target.kind === 'meta') return { ...change, before: current.project.meta } as Change;
    if (change.target.kind === 'section')
      return { ...change, before: current.project.sections[change.target.key] } as Change;
    return change;
  });
  // The matrix first: undo and redo show the first change's section.
  const matrix = matrixSectionKey(current);
  changes.sort((a, b) => Number(isSection(b, matrix)) - Number(isSection(a, matrix)));
  store.getState().applyExternal(changes);
  return { outcome, changed: changes.length };
}

/** The roll-up summaries of the plan on screen as a report file. */
export async function exportRollupReport(format: 'xlsx' | 'docx' | 'pdf'): Promise<ExportDone> {
  const { doc } = store.getState();
  if (!doc) throw new Error('Tidak ada rencana yang terbuka.');
  return unwrap(
    await api.exportRollupReport({
      project: doc.project,
      format,
      ...(doc.path !== undefined ? { projectPath: doc.path } : {}),
    }),
  );
}
