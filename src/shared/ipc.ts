/** Electron IPC channel names: one per call of the contract, plus the two main → renderer events. */
import type { ApiCall } from './api.ts';

/** The channel of one call, e.g. "rencana:saveProject". */
export function callChannel(call: ApiCall): string {
  return `rencana:${call}`;
}

/** Export progress: { requestId, progress }. */
export const PROGRESS_CHANNEL = 'rencana-event:progress';
/** A native menu command for the renderer. */
export const COMMAND_CHANNEL = 'rencana-event:command';
