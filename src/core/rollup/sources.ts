/** Regency/city plan files as the roll-up sees them: read, or skipped with a reason. */
import type { MessageKey, MessageParams } from '../i18n/messages.ts';
import type { PlanContext } from '../plan/context.ts';

/** A plan file that was read and joined to its template. */
export interface LoadedSource {
  /** Position among the files given, for reporting in the user's order. */
  index: number;
  /** The file as the user named it. */
  file: string;
  /** The file name without folders, recorded in the matrix. */
  name: string;
  ctx: PlanContext;
}

/** A file left out, with the message that says why. */
export interface SkippedSource {
  index: number;
  file: string;
  key: MessageKey;
  params: MessageParams;
}
