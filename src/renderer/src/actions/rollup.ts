/**
 * Gabungkan Rencana Kabupaten/Kota from the editor: the roll-up runs where files are (main
 * process or host) on the plan as it is on screen; the result comes back as a new plan and
 * is applied as one undoable edit.
 */
import type { Project } from '../../../core/model/project.ts';
import type { ExportDone, RollupOutcome } from '../../../shared/api.ts';
import { unwrap } from '../../../shared/client.ts';
import { api } from '../api/index.ts';
import { i18n } from '../i18n/index.ts';
import type { OpenDocument } from '../store/document.ts';
import type { Change } from '../store/history.ts';
import { useAppStore } from '../store/store.ts';

const store = useAppStore;

/** Table id of the province pack's consolidated matrix. */
const MATRIX_TABLE = 'rollupProgramme';

/** What the plan on screen can receive: a province or agglomeration roll-up, or none (a single kab/kota). */
export function rollupKindOf(doc: OpenDocument): 'province' | 'agglomeration' | undefined {
  const { level, regions } = doc.project.meta;
  if (level === 'provinsi')
    return regions.length === 1 && matrixSectionKey(doc) !== undefined ? 'province' : undefined;
  return regions.length > 1 ? 'agglomeration' : undefined;
}

/** The section holding the consolidated matrix, if the plan's template has one. */
export function matrixSectionKey(doc: OpenDocument): string | undefined {
  return doc.outline.sections.find((s) => s.def.kind === 'table' && s.def.table === MATRIX_TABLE)
    ?.key;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The edit that turns `before` into `after`: one change per section (and the details) that differ. */
export function changesBetween(before: Project, after: Project): Change[] {
  const changes: Change[] = [];
  const keys = new Set([...Object.keys(before.sections), ...Object.keys(after.sections)]);
  for (const key of keys)
    if (!same(before.sections[key], after.sections[key]))
      changes.push({
        target: { kind: 'section', key },
        before: before.sections[key],
        after: after.sections[key],
      });
  if (!same(before.meta, after.meta))
    changes.push({ target: { kind: 'meta' }, before: before.meta, after: after.meta });
  return changes;
}

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
