/**
 * What a handler may use from the process that serves it. Electron main and the browser
 * host each implement this once; the handlers themselves never import Electron or HTTP.
 */
import type { TemplateRegistry } from '../../core/template/registry.ts';
import type { AppInfo, LaunchRequest, ProjectFileEntry } from '../../shared/api.ts';
import type { Lang } from '../../core/i18n/lang.ts';
import type { RecentStore } from './recent.ts';
import type { WindowSessions } from './sessions.ts';

/** Paths as the renderer sees them, turned into paths on disk only where allowed. */
export interface FileAccess {
  /** The absolute path for a path the renderer sent; throws an AppError when it may not be touched. */
  resolve(userPath: string): string;
  /** The form of an absolute path the renderer shows and sends back. */
  display(absolutePath: string): string;
  /** Records that the user chose this path (dialog, recent list, launch), so it may be used. */
  grant(absolutePath: string): void;
  /** Project files the user may open without a native dialog (the browser's in-app list). */
  list(): ProjectFileEntry[];
  /** Where a new file is saved when nothing else is known. */
  defaultFolder(): string;
}

/** Native dialogs; each returns undefined when cancelled. */
export interface Dialogs {
  readonly available: boolean;
  chooseProjectToOpen(): Promise<string | undefined>;
  /** Several project files at once (the regency/city plans of a roll-up). */
  chooseProjectFiles(): Promise<string[] | undefined>;
  chooseSaveTarget(suggestedName: string): Promise<string | undefined>;
  chooseImage(): Promise<string | undefined>;
}

/** The desktop around the window: folders, links, title. */
export interface Desktop {
  /** Shows a file in its folder; false when the shell cannot. */
  showInFolder(absolutePath: string): Promise<boolean>;
  /** Opens an already-checked https URL in the user's browser; false when the shell cannot. */
  openExternal(url: string): Promise<boolean>;
  setWindowState(state: { title: string; dirty: boolean; lang: Lang }): void;
  closeWindow(): void;
}

export interface HandlerEnv {
  info: AppInfo;
  templates: TemplateRegistry;
  files: FileAccess;
  dialogs: Dialogs;
  desktop: Desktop;
  recent: RecentStore;
  /** What each window has open: files, locks, recovery copies. */
  sessions: WindowSessions;
  /** Where autosave writes recovery copies. */
  recoveryFolder: string;
  /** The sample plan shipped with the app. */
  samplePath: string;
  /**
   * The export thread's script (src/core/export/worker/thread.ts, or its build beside the
   * Electron main bundle); without it exports run on the serving thread (tests).
   */
  exportThread?: URL;
  launch: LaunchRequest;
}
