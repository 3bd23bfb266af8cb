/**
 * Reads a `.rencana` file into a Project: what the bytes are (archive, binary, foreign text
 * encoding), size and depth limits, JSON, format marker, version and migrations, then the
 * project schema. Every failure is a UserError that says what is wrong and where; nothing is
 * modified, nothing is decompressed, and the file's own text is never evaluated.
 */
import { UserError } from '../i18n/messages.ts';
import { FORMAT_ID, FORMAT_VERSION, type Project } from '../model/project.ts';
import { SCHEMA_IDS, validatorFor } from '../schema/ajv.ts';
import { describeSchemaError } from '../validate/schemaErrors.ts';
import { binaryFileKind, firstInvalidUtf8, foreignByteOrderMark } from './fileKind.ts';
import { findJsonSyntaxProblem, lineAndColumn } from './jsonSyntax.ts';
import { migrate, MIGRATIONS, type Migration } from './migrations.ts';

/** Largest project file read (images are stored inside it as base64). */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;
/** Deepest bracket nesting accepted; real projects stay under 20. */
export const MAX_DEPTH = 64;

export interface ParsedProject {
  project: Project;
  /** The format version the file had before migration. */
  fileVersion: number;
  migrated: boolean;
}

/** The format this build reads: its version and the steps that bring older files up to it. */
export interface FormatHistory {
  version: number;
  migrations: Migration[];
}

const CURRENT: FormatHistory = { version: FORMAT_VERSION, migrations: MIGRATIONS };

/** Offset where bracket nesting first exceeds `limit` (counted outside strings), or -1. */
function depthExceededAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++;
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      if (++depth > limit) return i;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return -1;
}

function tooLarge(file: string, bytes: number): UserError {
  return new UserError('file.too-large', {
    file,
    size: Math.round(bytes / 1048576),
    limit: MAX_PROJECT_BYTES / 1048576,
  });
}

/**
 * Parses the bytes of a file. Archives (DOCX, ZIP, …), PDFs, images and other binary data are
 * recognised by their first bytes and refused by name before any decoding; so are UTF-16/32 text.
 */
export function parseProjectBytes(
  bytes: Uint8Array,
  file: string,
  format: FormatHistory = CURRENT,
): ParsedProject {
  if (bytes.length === 0) throw new UserError('file.empty', { file });
  if (bytes.length > MAX_PROJECT_BYTES) throw tooLarge(file, bytes.length);
  const kind = binaryFileKind(bytes);
  if (kind) throw new UserError('file.archive', { file, kind });
  const encoding = foreignByteOrderMark(bytes);
  if (encoding) throw new UserError('file.text-encoding', { file, encoding });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('file.binary', { file, offset: firstInvalidUtf8(bytes) });
  }
  return parseProjectText(text.replace(/^\uFEFF/, ''), file, format);
}

function jsonFailure(text: string, file: string): UserError {
  const problem = findJsonSyntaxProblem(text);
  const offset = problem?.offset ?? 0;
  const { line, column } = lineAndColumn(text, offset);
  // A NUL or other control character before any JSON: binary data that happens to be UTF-8.
  const first = text.charCodeAt(0);
  if (offset === 0 && first < 0x20 && !(first >= 0x09 && first <= 0x0d))
    return new UserError('file.binary', { file, offset: 0 });
  const reason = problem?.truncated
    ? `terpotong di baris ${line}, kolom ${column}, sebelum data proyek selesai; berkas mungkin belum selesai disalin atau diunduh`
    : `rusak di baris ${line}, kolom ${column}`;
  return new UserError('file.not-json', { file, reason, line, column });
}

/** Parses file text; `file` names the file in messages. */
export function parseProjectText(
  text: string,
  file: string,
  format: FormatHistory = CURRENT,
): ParsedProject {
  if (text.trim() === '') throw new UserError('file.empty', { file });
  if (text.length > MAX_PROJECT_BYTES) throw tooLarge(file, text.length);
  const deepAt = depthExceededAt(text, MAX_DEPTH);
  if (deepAt >= 0)
    throw new UserError('file.too-deep', {
      file,
      limit: MAX_DEPTH,
      line: lineAndColumn(text, deepAt).line,
    });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw jsonFailure(text, file);
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
    throw new UserError('file.bad-version', {
      file,
      version: (JSON.stringify(version) ?? '-').slice(0, 40),
    });
  if (version > format.version)
    throw new UserError('file.newer-version', { file, version, supported: format.version });
  let migrated: ReturnType<typeof migrate>;
  try {
    migrated = migrate(document, version, format.migrations, format.version);
  } catch (error) {
    throw new UserError('file.migration-failed', {
      file,
      version,
      supported: format.version,
      reason: (error as Error).message,
    });
  }
  const validate = validatorFor(SCHEMA_IDS.project);
  if (!validate(migrated.document)) {
    const details = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => {
        // Name the unexpected property itself: "/ … properti tambahan" alone says too little.
        const extra = (e.params as { additionalProperty?: unknown }).additionalProperty;
        const described = describeSchemaError(e, 'id');
        return extra === undefined ? described : `${described} ("${String(extra).slice(0, 80)}")`;
      })
      .join('; ');
    throw new UserError('file.invalid-structure', { file, details });
  }
  return {
    project: migrated.document as unknown as Project,
    fileVersion: version,
    migrated: migrated.applied.length > 0,
  };
}
