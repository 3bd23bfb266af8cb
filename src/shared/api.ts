/**
 * The one contract between the renderer and the process that owns files (Electron main or
 * the browser host): every call the renderer may make, the check of its payload, and the
 * shape of its result. Both transports serve exactly these calls through the same handlers.
 */
import { IMAGE_LIMITS } from '../core/assets/limits.ts';
import type { Asset, Project } from '../core/model/project.ts';
import type { LoadedTemplate, Level } from '../core/template/types.ts';
import type { Completeness, Finding } from '../core/validate/index.ts';
import {
  bool,
  document,
  either,
  int,
  list,
  none,
  obj,
  oneOf,
  optional,
  str,
  type Checked,
} from './check.ts';

/** Longest path the renderer may send. */
export const MAX_PATH_LENGTH = 1024;
/** Largest image accepted, in bytes before base64: core's limit, checked again by content. */
export const MAX_IMAGE_BYTES = IMAGE_LIMITS.maxBytes;

const path = str({ min: 1, max: MAX_PATH_LENGTH });
const fileName = str({ min: 1, max: 200, pattern: /^[^/\\:*?"<>|]+$/ });
const id = str({ min: 1, max: 64, pattern: /^[a-z0-9-]+$/ });
const year = int({ min: 2000, max: 2100 });
const project = document<Project>('project');
const lang = oneOf('id', 'en');
/** The window (desktop) or tab (browser) making the call: a random id it chose at start. */
const windowId = str({ min: 8, max: 64, pattern: /^[a-z0-9-]+$/ });
/** How to open a plan another window or process holds: normally (ask), read-only, or taking it over. */
const openMode = optional(oneOf('normal', 'read-only', 'take-over'));
/** Longest list of regency/city files one roll-up takes. */
export const MAX_ROLLUP_FILES = 100;

export const API = {
  appInfo: { input: none },
  launchRequest: { input: none },
  listTemplates: { input: none },
  searchRegions: {
    input: obj({
      query: str({ max: 100 }),
      templateId: optional(id),
      limit: optional(int({ min: 1, max: 50 })),
    }),
  },
  newProject: {
    input: obj({
      templateId: id,
      regionCodes: list(str({ min: 2, max: 5, pattern: /^\d{2}(\.\d{2})?$/ }), { min: 1, max: 12 }),
      period: obj({ start: year, end: year }),
      team: list(
        obj({
          name: str({ min: 1, max: 200 }),
          role: str({ max: 200 }),
          organization: optional(str({ max: 200 })),
        }),
        { max: 50 },
      ),
    }),
  },
  openProject: { input: obj({ path, window: windowId, mode: openMode }) },
  openProjectDialog: { input: obj({ window: windowId }) },
  openSample: { input: none },
  listProjectFiles: { input: none },
  recentProjects: { input: none },
  /** `force` overwrites a file that changed on disk or whose lock another window took. */
  saveProject: { input: obj({ path, project, window: windowId, force: optional(bool) }) },
  saveProjectAs: {
    input: obj({
      project,
      window: windowId,
      path: optional(path),
      suggestedName: optional(fileName),
    }),
  },
  /** The window leaves its plan: the lock goes; the recovery copy too when the user discarded. */
  closeProject: { input: obj({ window: windowId, discardRecovery: bool }) },
  /** The window or tab is going away (reload, tab closed): everything it held is released. */
  endWindow: { input: obj({ window: windowId }) },
  /** The window is still there (sent every minute): a tab that crashed stops calling in. */
  windowAlive: { input: obj({ window: windowId }) },
  autosave: { input: obj({ window: windowId, project, path: optional(path) }) },
  listRecoveries: { input: none },
  restoreRecovery: { input: obj({ id, window: windowId, mode: openMode }) },
  discardRecovery: { input: obj({ id }) },
  chooseRollupFiles: { input: none },
  rollupPlan: {
    input: obj({
      project,
      projectPath: optional(path),
      files: list(path, { min: 1, max: MAX_ROLLUP_FILES }),
      lang,
    }),
  },
  exportRollupReport: {
    input: obj({ project, projectPath: optional(path), format: oneOf('xlsx', 'docx', 'pdf') }),
  },
  exportDocument: {
    input: obj({
      project,
      projectPath: optional(path),
      format: oneOf('docx', 'pdf'),
      book: either(oneOf('all'), int({ min: 1, max: 20 })),
    }),
  },
  prepareExport: { input: obj({ format: oneOf('docx', 'pdf') }) },
  openFolder: { input: obj({ path }) },
  chooseImage: { input: none },
  importImage: {
    input: obj({
      name: str({ min: 1, max: 200 }),
      data: str({ min: 4, max: Math.ceil(MAX_IMAGE_BYTES / 3) * 4, pattern: /^[A-Za-z0-9+/]+=*$/ }),
    }),
  },
  openExternal: { input: obj({ url: str({ min: 1, max: 2000 }) }) },
  setWindowState: { input: obj({ title: str({ max: 300 }), dirty: bool, lang }) },
  closeWindow: { input: none },
  validateProject: { input: obj({ project, lang }) },
} as const;

export type ApiCall = keyof typeof API;
export type ApiInput<K extends ApiCall> = Checked<(typeof API)[K]['input']>;
export const API_CALLS = Object.keys(API) as ApiCall[];

/** Which process serves the renderer. */
export interface AppInfo {
  version: string;
  shell: 'electron' | 'browser';
  /** Native open/save dialogs exist (Electron); the browser uses in-app dialogs over the projects folder. */
  nativeDialogs: boolean;
  /** The folder the browser host reads and writes, as shown to the user. */
  projectsFolder?: string;
}

/** What the app was asked to open at launch (a file from the file association, the sample, nothing). */
export type LaunchRequest = { kind: 'none' } | { kind: 'sample' } | { kind: 'file'; path: string };

export interface RegionHit {
  code: string;
  /** Display name, e.g. "Kabupaten Banyuwangi" or "Provinsi Jawa Tengah". */
  name: string;
  level: Level;
}

export interface OpenedProject {
  project: Project;
  template: LoadedTemplate;
  /** Where it lives, as the renderer sends it back; absent for new plans and the sample. */
  path?: string;
  /** File name or suggested file name. */
  name: string;
  /** The file had an older format and was migrated in memory. */
  migrated: boolean;
  /** Opened without its lock: saving to its own file is refused, Save As is allowed. */
  readOnly?: boolean;
  /** Who held the file when it was opened read-only or taken over. */
  lockedBy?: LockInfo;
  /** Restored from a recovery copy: the content is newer than the file and not yet saved. */
  restored?: boolean;
}

/** Who holds a plan's lock, as the open dialog shows it. */
export interface LockInfo {
  /** Another window or tab of this same app process, another process here, or another computer. */
  where: 'window' | 'process' | 'computer';
  /** ISO time the lock was taken. */
  since: string;
  app: string;
  host: string;
}

/** A recovery copy offered at start. */
export interface RecoveryOffer {
  id: string;
  title: string;
  /** The project file it belongs to, as the renderer names it; absent for a plan never saved. */
  path?: string;
  name?: string;
  /** ISO time the copy was taken. */
  takenAt: string;
}

export interface AutosaveDone {
  id: string;
  takenAt: string;
}

/** One regency/city file the roll-up took. */
export interface RollupImported {
  file: string;
  region: string;
  code: string;
  programmes: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** A file left out, and why, in the user's language. */
export interface RollupSkipped {
  file: string;
  reason: string;
  /** Stable reason code, e.g. "rollup.skip.other-province". */
  key: string;
}

/** A group of programmes that could become one shared programme. */
export interface RollupCandidate {
  theme: string;
  element: string;
  regions: string[];
  programmes: number;
  totalCost: number;
  confirmed: boolean;
}

/** What a roll-up in the editor did; `project` is the plan with the regency/city plans brought in. */
export interface RollupOutcome {
  project: Project;
  target: 'province' | 'agglomeration';
  imported: RollupImported[];
  skipped: RollupSkipped[];
  totals: { added: number; updated: number; unchanged: number; removed: number };
  candidates: RollupCandidate[];
  /** Every line of the report, as the CLI prints them. */
  lines: { severity: 'info' | 'warning'; text: string }[];
}

export interface SavedProject {
  path: string;
  name: string;
}

export interface ProjectFileEntry {
  path: string;
  name: string;
  /** ISO timestamp of the last change. */
  modified: string;
  bytes: number;
}

export interface RecentEntry {
  path: string;
  name: string;
  title: string;
  /** ISO timestamp. */
  openedAt: string;
}

export interface ExportDone {
  path: string;
  name: string;
  folder: string;
  bytes: number;
}

export type ExportStage = 'preparing' | 'rendering' | 'done';

export interface ExportProgress {
  stage: ExportStage;
}

export interface FolderOpened {
  /** False where the host cannot show a folder (the browser); the renderer then shows the path. */
  opened: boolean;
  folder: string;
}

export interface ValidationResult {
  findings: Finding[];
  completeness: Completeness;
}

/** The result type of every call. */
export interface ApiOutputs {
  appInfo: AppInfo;
  launchRequest: LaunchRequest;
  listTemplates: LoadedTemplate[];
  searchRegions: RegionHit[];
  newProject: OpenedProject;
  openProject: OpenedProject;
  /** null when the user cancelled. */
  openProjectDialog: OpenedProject | null;
  openSample: OpenedProject;
  listProjectFiles: ProjectFileEntry[];
  recentProjects: RecentEntry[];
  saveProject: SavedProject;
  /** null when the user cancelled. */
  saveProjectAs: SavedProject | null;
  closeProject: null;
  endWindow: null;
  windowAlive: null;
  autosave: AutosaveDone;
  listRecoveries: RecoveryOffer[];
  restoreRecovery: OpenedProject;
  discardRecovery: null;
  /** Paths the user chose in the native dialog; null when cancelled. */
  chooseRollupFiles: string[] | null;
  rollupPlan: RollupOutcome;
  exportRollupReport: ExportDone;
  exportDocument: ExportDone;
  /** Answered at once; the loading and warm-up go on in the export thread. */
  prepareExport: null;
  openFolder: FolderOpened;
  /** null when the user cancelled or the shell has no image dialog. */
  chooseImage: Asset | null;
  importImage: Asset;
  openExternal: { opened: boolean };
  setWindowState: null;
  closeWindow: null;
  validateProject: ValidationResult;
}

export type ApiOutput<K extends ApiCall> = ApiOutputs[K];

/** What travels back over either transport: a value or a user-facing error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** An error as the renderer receives it: a message key (core or app), its parameters and the Indonesian text. */
export interface WireError {
  key: string;
  params: Record<string, string | number>;
  message: string;
}
