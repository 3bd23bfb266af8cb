/** Every call of the contract and the handler that serves it. */
import type { ApiCall, ApiInput, ApiOutput, ExportProgress } from '../../shared/api.ts';
import { appInfo, closeWindow, launchRequest, openExternal, setWindowState } from './app.ts';
import type { HandlerEnv } from './env.ts';
import { exportDocument, openFolder, prepareExport } from './export.ts';
import { chooseImage, importImage } from './image.ts';
import {
  closeProject,
  endWindow,
  listProjectFiles,
  newProject,
  openProject,
  openProjectDialog,
  openSample,
  recentProjects,
  saveProject,
  saveProjectAs,
  windowAlive,
} from './project.ts';
import { autosave, discardRecovery, listRecoveries, restoreRecovery } from './recovery.ts';
import { chooseRollupFiles, exportRollupReport, rollupPlan } from './rollup.ts';
import { listTemplates, searchRegions } from './templates.ts';
import { validateProject } from './validate.ts';

export type Handler<K extends ApiCall> = (
  input: ApiInput<K>,
  env: HandlerEnv,
  progress: (progress: ExportProgress) => void,
) => ApiOutput<K> | Promise<ApiOutput<K>>;

/** The handler of each call; the compiler checks that none is missing. */
export const HANDLERS: { [K in ApiCall]: Handler<K> } = {
  appInfo,
  launchRequest,
  listTemplates,
  searchRegions,
  newProject,
  openProject,
  openProjectDialog,
  openSample,
  listProjectFiles,
  recentProjects,
  saveProject,
  saveProjectAs,
  closeProject,
  endWindow,
  windowAlive,
  autosave,
  listRecoveries,
  restoreRecovery,
  discardRecovery,
  chooseRollupFiles,
  rollupPlan,
  exportRollupReport,
  exportDocument,
  prepareExport,
  openFolder,
  chooseImage,
  importImage,
  openExternal,
  setWindowState,
  closeWindow,
  validateProject,
};
