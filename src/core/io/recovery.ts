/**
 * Recovery copies of unsaved work, written by autosave into the app's data folder.
 * After a crash or a killed process the next start lists them with the time they
 * were taken and offers to restore; a normal save or close discards them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from '../model/project.ts';
import { parseProjectText } from '../project/parse.ts';
import { serializeProject } from '../project/serialize.ts';
import { writeFileAtomic } from './atomicWrite.ts';

const FORMAT = 'rencana-studio-recovery';

export interface RecoveryEntry {
  /** Stable id of the document: derived from its path, or chosen for an unsaved one. */
  id: string;
  /** The project file it belongs to; undefined for a plan never saved. */
  originalPath?: string;
  title: string;
  /** ISO time the copy was taken. */
  takenAt: string;
  file: string;
}

/** The recovery id of a document: a hash of its path, or the given id for an unsaved one. */
export function recoveryId(originalPath: string | undefined, untitledId = 'tanpa-judul'): string {
  return originalPath === undefined
    ? untitledId.replace(/[^a-z0-9-]/gi, '-')
    : createHash('sha256').update(originalPath).digest('hex').slice(0, 16);
}

/** Writes (atomically) the recovery copy of a document. */
export function writeRecovery(
  folder: string,
  project: Project,
  options: { originalPath?: string; untitledId?: string; id?: string; now?: Date } = {},
): RecoveryEntry {
  mkdirSync(folder, { recursive: true });
  const id = options.id ?? recoveryId(options.originalPath, options.untitledId);
  if (!/^[a-z0-9-]+$/i.test(id)) throw new Error(`recovery id ${id} is not a file-name-safe id`);
  const file = join(folder, `${id}.recovery.json`);
  const takenAt = (options.now ?? new Date()).toISOString();
  const wrapper = {
    format: FORMAT,
    originalPath: options.originalPath,
    takenAt,
    title: project.meta.title,
    project: serializeProject(project),
  };
  writeFileAtomic(file, JSON.stringify(wrapper));
  return { id, originalPath: options.originalPath, title: project.meta.title, takenAt, file };
}

/** The recovery copies in `folder`, newest first; unreadable ones are skipped. */
export function listRecoveries(folder: string): RecoveryEntry[] {
  if (!existsSync(folder)) return [];
  const entries: RecoveryEntry[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.recovery.json')) continue;
    const file = join(folder, name);
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (data.format !== FORMAT || typeof data.takenAt !== 'string') continue;
      entries.push({
        id: name.replace(/\.recovery\.json$/, ''),
        originalPath: typeof data.originalPath === 'string' ? data.originalPath : undefined,
        title: typeof data.title === 'string' ? data.title : '',
        takenAt: data.takenAt,
        file,
      });
    } catch {
      // A damaged copy is not offered; it is removed when the document is next saved.
    }
  }
  return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** The recovery copy with this id, if it exists and is readable. */
export function findRecovery(folder: string, id: string): RecoveryEntry | undefined {
  return listRecoveries(folder).find((entry) => entry.id === id);
}

/** Reads the project of a recovery copy; throws a UserError when it is damaged. */
export function readRecovery(entry: RecoveryEntry): Project {
  const data = JSON.parse(readFileSync(entry.file, 'utf8')) as { project?: unknown };
  return parseProjectText(typeof data.project === 'string' ? data.project : '', entry.file).project;
}

/** Deletes the recovery copy of a document (after a save, a close without saving, or a restore). */
export function discardRecovery(folder: string, id: string): void {
  rmSync(join(folder, `${id}.recovery.json`), { force: true });
}
