/**
 * Serves every call of the contract over IPC, one channel per call, only to the app's own
 * page in its own window; the payload is checked by the same dispatcher the browser host uses.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { API_CALLS } from '../shared/api.ts';
import { callChannel, PROGRESS_CHANNEL } from '../shared/ipc.ts';
import { dispatch } from './handlers/dispatch.ts';
import type { HandlerEnv } from './handlers/env.ts';
import { isAppUrl } from './window.ts';

function trustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | undefined): boolean {
  const frame = event.senderFrame;
  return (
    window !== undefined &&
    event.sender === window.webContents &&
    frame !== null &&
    isAppUrl(frame.url)
  );
}

/**
 * One page at a time lives in a webContents: when it names a new window id (a reload) the
 * old page's locks go, and when the webContents is destroyed (window closed) all of them.
 */
function trackWindowIds(env: HandlerEnv): (event: IpcMainInvokeEvent, input: unknown) => void {
  const current = new Map<number, string>();
  return (event, input) => {
    const id = (input as { window?: unknown } | undefined)?.window;
    if (typeof id !== 'string') return;
    const sender = event.sender;
    const before = current.get(sender.id);
    if (before === id) return;
    if (before === undefined)
      sender.on('destroyed', () => {
        const last = current.get(sender.id);
        if (last !== undefined) env.sessions.end(last);
        current.delete(sender.id);
      });
    else env.sessions.end(before);
    current.set(sender.id, id);
  };
}

/** Registers a handler for each call. */
export function serveIpc(env: HandlerEnv, window: () => BrowserWindow | undefined): void {
  const track = trackWindowIds(env);
  for (const call of API_CALLS) {
    ipcMain.handle(callChannel(call), async (event, input: unknown, requestId: unknown) => {
      if (!trustedSender(event, window()))
        return { ok: false, error: { key: 'app.unknown-call', params: { call }, message: call } };
      if (call !== 'endWindow') track(event, input);
      const progress =
        typeof requestId === 'number'
          ? (p: unknown) => event.sender.send(PROGRESS_CHANNEL, { requestId, progress: p })
          : undefined;
      return dispatch(call, input, env, progress);
    });
  }
}
