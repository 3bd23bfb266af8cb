/**
 * The renderer's side of the contract as named, purpose-built functions over a transport
 * (Electron IPC in the preload, HTTP in the browser). Nothing here touches Node or the DOM.
 * Calls resolve with an envelope rather than rejecting: an Error crossing Electron's context
 * bridge loses everything but its message, an envelope arrives whole.
 */
import type { ApiCall, ApiInput, ApiOutput, Envelope, ExportProgress, WireError } from './api.ts';

/** Sends one call and resolves with its envelope (value or user-facing error). */
export type Transport = <K extends ApiCall>(
  call: K,
  input: ApiInput<K>,
  onProgress?: (progress: ExportProgress) => void,
) => Promise<Envelope<ApiOutput<K>>>;

/** A call that failed with a user-facing message. */
export class ApiError extends Error {
  constructor(readonly wire: WireError) {
    super(wire.message);
    this.name = 'ApiError';
  }
}

/** The value of an envelope; throws an ApiError for a failed call. */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

/** The named functions of the contract, bound to a transport. */
export function createApiClient(send: Transport) {
  return {
    appInfo: () => send('appInfo', undefined),
    launchRequest: () => send('launchRequest', undefined),
    listTemplates: () => send('listTemplates', undefined),
    searchRegions: (input: ApiInput<'searchRegions'>) => send('searchRegions', input),
    newProject: (input: ApiInput<'newProject'>) => send('newProject', input),
    openProject: (input: ApiInput<'openProject'>) => send('openProject', input),
    openProjectDialog: (input: ApiInput<'openProjectDialog'>) => send('openProjectDialog', input),
    openSample: () => send('openSample', undefined),
    listProjectFiles: () => send('listProjectFiles', undefined),
    recentProjects: () => send('recentProjects', undefined),
    saveProject: (input: ApiInput<'saveProject'>) => send('saveProject', input),
    saveProjectAs: (input: ApiInput<'saveProjectAs'>) => send('saveProjectAs', input),
    closeProject: (input: ApiInput<'closeProject'>) => send('closeProject', input),
    endWindow: (input: ApiInput<'endWindow'>) => send('endWindow', input),
    windowAlive: (input: ApiInput<'windowAlive'>) => send('windowAlive', input),
    autosave: (input: ApiInput<'autosave'>) => send('autosave', input),
    listRecoveries: () => send('listRecoveries', undefined),
    restoreRecovery: (input: ApiInput<'restoreRecovery'>) => send('restoreRecovery', input),
    discardRecovery: (input: ApiInput<'discardRecovery'>) => send('discardRecovery', input),
    chooseRollupFiles: () => send('chooseRollupFiles', undefined),
    rollupPlan: (input: ApiInput<'rollupPlan'>) => send('rollupPlan', input),
    exportRollupReport: (input: ApiInput<'exportRollupReport'>) =>
      send('exportRollupReport', input),
    exportDocument: (
      input: ApiInput<'exportDocument'>,
      onProgress?: (progress: ExportProgress) => void,
    ) => send('exportDocument', input, onProgress),
    prepareExport: (input: ApiInput<'prepareExport'>) => send('prepareExport', input),
    openFolder: (input: ApiInput<'openFolder'>) => send('openFolder', input),
    chooseImage: () => send('chooseImage', undefined),
    importImage: (input: ApiInput<'importImage'>) => send('importImage', input),
    openExternal: (input: ApiInput<'openExternal'>) => send('openExternal', input),
    setWindowState: (input: ApiInput<'setWindowState'>) => send('setWindowState', input),
    closeWindow: () => send('closeWindow', undefined),
    validateProject: (input: ApiInput<'validateProject'>) => send('validateProject', input),
  } satisfies { [K in ApiCall]: (...args: never[]) => Promise<Envelope<ApiOutput<K>>> };
}

export type ApiClient = ReturnType<typeof createApiClient>;
