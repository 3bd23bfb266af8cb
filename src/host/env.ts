/** The handler environment of the browser host: one projects folder, no native dialogs. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_THREAD } from '../core/export/worker/exportInWorker.ts';
import { builtinTemplates } from '../core/io/templates.ts';
import type { LaunchRequest } from '../shared/api.ts';
import type { HandlerEnv } from '../main/handlers/env.ts';
import { fileRecentStore } from '../main/handlers/recent.ts';
import { samplePath } from '../main/handlers/sample.ts';
import { WindowSessions } from '../main/handlers/sessions.ts';
import { projectsFolderAccess } from './projectsFolder.ts';
import packageJson from '../../package.json' with { type: 'json' };

export interface HostEnvOptions {
  projectsDir: string;
  launch?: LaunchRequest;
  /** Defaults to the sample shipped with the templates. */
  samplePath?: string;
}

/** Creates the projects folder if needed and the environment the handlers run in. */
export function createHostEnv(options: HostEnvOptions): HandlerEnv {
  mkdirSync(options.projectsDir, { recursive: true });
  const files = projectsFolderAccess(options.projectsDir);
  return {
    info: {
      version: packageJson.version,
      shell: 'browser',
      nativeDialogs: false,
      projectsFolder: files.defaultFolder(),
    },
    templates: builtinTemplates(),
    files,
    dialogs: {
      available: false,
      chooseProjectToOpen: async () => undefined,
      chooseProjectFiles: async () => undefined,
      chooseSaveTarget: async () => undefined,
      chooseImage: async () => undefined,
    },
    // A browser tab shows files and opens links itself; the host has no desktop to drive.
    desktop: {
      showInFolder: async () => false,
      openExternal: async () => false,
      setWindowState: () => {},
      closeWindow: () => {},
    },
    recent: fileRecentStore(join(files.defaultFolder(), '.rencana-studio', 'recent.json')),
    sessions: new WindowSessions(),
    // Beside the recent list, inside the projects folder but hidden from the in-app list.
    recoveryFolder: join(files.defaultFolder(), '.rencana-studio', 'pemulihan'),
    samplePath: options.samplePath ?? samplePath(),
    launch: options.launch ?? { kind: 'none' },
    // The host runs from the checkout under tsx, which its worker threads inherit.
    exportThread: SOURCE_THREAD,
  };
}
