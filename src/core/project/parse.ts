/**
 * Reads the text of a `.rencana` file into a Project: size and depth limits,
 * JSON, format marker, version and migrations, then the project schema.
 * Every failure is a UserError that says what is wrong; nothing is modified.
 */
import { UserError } from '../i18n/messages.ts';
import { FORMAT_ID, FORMAT_VERSION, type Project } from '../model/project.ts';
import { SCHEMA_IDS, validatorFor } from '../schema/ajv.ts';
import { describeSchemaError } from '../validate/schemaErrors.ts';
import { migrate } from './migrations.ts';

export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;
export const MAX_DEPTH = 64;

export interface ParsedProject {
  project: Project;
  /** The format version the file had before migration. */
  fileVersion: number;
  migrated: boolean;
}

function depthExceeds(text: string, limit: number): boolean {
  // Counts bracket depth outside strings, before JSON.parse can recurse into it.
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++;
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      if (++depth > limit) return true;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return false;
}

/** Parses file text; `file` names the file in messages. */
export function parseProjectText(text: string, file: string): ParsedProject {
  if (text.trim() === '') throw new UserError('file.empty', { file });
  if (text.length > MAX_PROJECT_BYTES)
    throw new UserError('file.too-large', {
      file,
      size: Math.round(text.length / 1048576),
      limit: MAX_PROJECT_BYTES / 1048576,
    });
  if (depthExceeds(text, MAX_DEPTH))
    throw new UserError('file.too-deep', { file, limit: MAX_DEPTH });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError('file.not-json', { file, reason: (error as Error).message });
  }
  if (
    !data ||
    typeof data !== 'object' ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== FORMAT_ID
  )
    throw new UserError('file.not-project', { file });
  const document = data as Record<string, unknown>;
  const version = document.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new UserError('file.bad-version', { file, version: JSON.stringify(version) ?? '-' });
  if (version > FORMAT_VERSION)
    throw new UserError('file.newer-version', { file, version, supported: FORMAT_VERSION });
  const { document: current, applied } = migrate(document, version);
  const validate = validatorFor(SCHEMA_IDS.project);
  if (!validate(current)) {
    const details = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => describeSchemaError(e, 'id'))
      .join('; ');
    throw new UserError('file.invalid-structure', { file, details });
  }
  return {
    project: current as unknown as Project,
    fileVersion: version,
    migrated: applied.length > 0,
  };
}
