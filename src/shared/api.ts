/**
 * The one contract between the renderer and the process that owns files (Electron main or
 * the browser host): every call the renderer may make, the check of its payload, and the
 * shape of its result. Both transports serve exactly these calls through the same handlers.
 */
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
/** Largest image accepted, in bytes before base64. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

const path = str({ min: 1, max: MAX_PATH_LENGTH });
const fileName = str({ min: 1, max: 200, pattern: /^[^/\\:*?"<>|]+$/ });
const id = str({ min: 1, max: 64, pattern: /^[a-z0-9-]+$/ });
const year = int({ min: 2000, max: 2100 });
const project = document<Project>('project');
const lang = oneOf('id', 'en');

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
  openProject: { input: obj({ path }) },
  openProjectDialog: { input: none },
  openSample: { input: none },
  listProjectFiles: { input: none },
  recentProjects: { input: none },
  saveProject: { input: obj({ path, project }) },
  saveProjectAs: {
    input: obj({ project, path: optional(path), suggestedName: optional(fileName) }),
  },
  exportDocument: {
    input: obj({
      project,
      projectPath: optional(path),
      format: oneOf('docx', 'pdf'),
      book: either(oneOf('all'), int({ min: 1, max: 20 })),
    }),
  },
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
  exportDocument: ExportDone;
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
