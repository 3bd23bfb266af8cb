/**
 * What the export thread is sent and answers. A plan crosses the thread boundary as data
 * (structured clone); the thread joins it to its template pack itself, and an error comes
 * back as the message key of core's catalogue, so the caller rethrows the same UserError.
 * The thread is kept for successive exports, so every job carries an id and its answer the
 * same id: an answer is only ever taken as the answer to the job that asked.
 */
import type { Project } from '../../model/project.ts';
import type { MessageKey, MessageParams } from '../../i18n/messages.ts';
import type { ExportFormat, ExportRequest } from '../index.ts';

/** A plan to export; or, with `prepare`, only the loading an export to that format needs. */
export type ExportJob =
  { id: number; project: Project; request: ExportRequest } | { id: number; prepare: ExportFormat };

export type ExportAnswer =
  | { ok: true; bytes: Uint8Array; fileName: string }
  | { ok: true; prepared: ExportFormat }
  | { ok: false; userError: { key: MessageKey; params: MessageParams } }
  | { ok: false; error: { message: string; stack?: string } };

export interface ExportReply {
  /** The id of the job answered. */
  id: number;
  answer: ExportAnswer;
}
