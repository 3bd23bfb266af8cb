/** Reads and writes `.rencana` files on disk. */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../i18n/messages.ts';
import type { Project } from '../model/project.ts';
import { MAX_PROJECT_BYTES, parseProjectBytes, type ParsedProject } from '../project/parse.ts';
import { serializeProject } from '../project/serialize.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { backupBeforeSave, keepOriginalOfOlderFormat } from './backup.ts';

/** Reads a project file; every failure is a UserError saying which file and what is wrong. */
export function readProjectFile(path: string): ParsedProject {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('file.not-found', { file: path });
    throw new UserError('file.unreadable', {
      file: path,
      reason: code === 'EISDIR' ? 'ini sebuah folder' : (error as Error).message,
    });
  }
  if (size > MAX_PROJECT_BYTES)
    throw new UserError('file.too-large', {
      file: path,
      size: Math.round(size / 1048576),
      limit: MAX_PROJECT_BYTES / 1048576,
    });
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    throw new UserError('file.unreadable', { file: path, reason: (error as Error).message });
  }
  return parseProjectBytes(buffer, path);
}

export interface SaveResult {
  /** The copy of the previous version, when there was one. */
  backup?: string;
  /** Why no backup could be made; the save itself went through. */
  backupProblem?: string;
  /** The untouched copy of a file in an older format version, made before its first overwrite. */
  original?: string;
}

/**
 * Saves a project as stable JSON: a file in an older format version is first kept as it was
 * (see keepOriginalOfOlderFormat), the previous version goes to the rolling backups, then
 * the new text is written atomically. On failure the file on disk is unchanged
 * and a UserError says why.
 */
export function writeProjectFile(path: string, project: Project): SaveResult {
  const text = serializeProject(project);
  let result: SaveResult;
  try {
    const original = keepOriginalOfOlderFormat(path, project.formatVersion);
    result = { backup: backupBeforeSave(path), ...(original ? { original } : {}) };
  } catch (error) {
    // A backup that cannot be made must not block saving the user's work.
    result = { backupProblem: (error as Error).message };
  }
  writeFileAtomic(path, text);
  return result;
}
