/**
 * The bridge: a small object of named functions, one per call of the contract, plus the menu
 * command subscription. The renderer never sees ipcRenderer or any channel name.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ExportProgress } from '../shared/api.ts';
import { createApiClient, type Transport } from '../shared/client.ts';
import { isMenuCommand, type MenuCommand } from '../shared/commands.ts';
import { callChannel, COMMAND_CHANNEL, PROGRESS_CHANNEL } from '../shared/ipc.ts';

let lastRequestId = 0;

const send: Transport = async (call, input, onProgress) => {
  if (!onProgress) return ipcRenderer.invoke(callChannel(call), input);
  const requestId = ++lastRequestId;
  const listener = (
    _event: IpcRendererEvent,
    message: { requestId: number; progress: ExportProgress },
  ) => {
    if (message.requestId === requestId) onProgress(message.progress);
  };
  ipcRenderer.on(PROGRESS_CHANNEL, listener);
  try {
    return await ipcRenderer.invoke(callChannel(call), input, requestId);
  } finally {
    ipcRenderer.removeListener(PROGRESS_CHANNEL, listener);
  }
};

const api = {
  ...createApiClient(send),
  /** Calls `listener` for each native menu command; returns the function that stops it. */
  onCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, handler);
    return () => ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('rencana', api);

export type RencanaApi = typeof api;
