/** The UI slice: language, where the user is, what is open on screen. */
import type { StateCreator } from 'zustand';
import type { Lang } from '../../../core/i18n/lang.ts';
import type { FindingTarget } from '../../../core/validate/index.ts';
import type {
  AppInfo,
  ExportDone,
  ExportStage,
  LockInfo,
  RecentEntry,
  RecoveryOffer,
} from '../../../shared/api.ts';
import { META_KEY } from './document.ts';
import type { AppState } from './store.ts';

/** A place to move to: a finding's target, a search hit, an undo step's section. */
export interface FocusTarget extends FindingTarget {
  year?: number;
  /** A text match inside a rich-text section: the text node's path and the range in it. */
  text?: { path: number[]; offset: number; length: number };
}

export type Dialog =
  | { kind: 'new-project' }
  | { kind: 'open-project' }
  | { kind: 'save-as'; resolve: (saved: boolean) => void }
  | { kind: 'confirm-discard'; resolve: (choice: 'save' | 'discard' | 'cancel') => void }
  | { kind: 'link'; initial: string; resolve: (url: string | undefined) => void }
  | { kind: 'footnote'; initial: string; resolve: (note: string | undefined) => void }
  | { kind: 'about' }
  | {
      kind: 'locked';
      name: string;
      info: LockInfo;
      resolve: (choice: 'read-only' | 'take-over' | 'cancel') => void;
    }
  | {
      kind: 'save-conflict';
      message: string;
      /** False when the plan is read-only: only Simpan Sebagai is offered. */
      canOverwrite: boolean;
      resolve: (choice: 'save-as' | 'overwrite' | 'cancel') => void;
    }
  | { kind: 'rollup' };

export type ExportStatus =
  | { format: 'docx' | 'pdf'; stage: ExportStage }
  | {
      format: 'docx' | 'pdf';
      stage: 'finished';
      result: ExportDone;
      folderShown?: string;
      /** Errors the plan still had when exported (the export is made anyway). */
      errors: number;
    }
  | { format: 'docx' | 'pdf'; stage: 'failed'; message: string };

/** Whether an export is under way (asked for, not yet finished or failed). */
export function exportRunning(status: ExportStatus | null): boolean {
  return status !== null && status.stage !== 'finished' && status.stage !== 'failed';
}

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export interface UiSlice {
  lang: Lang;
  appInfo: AppInfo | null;
  recent: RecentEntry[];
  /** Recovery copies left by a crash, offered on the start screen. */
  recoveries: RecoveryOffer[];
  /** The section (or the project-details page) in the centre. */
  activeKey: string | null;
  /** Outline nodes opened or closed by the user (others follow the tree's default). */
  expanded: Record<string, boolean>;
  /** A request for the centre to move focus; `seq` makes a repeated request to the same place new. */
  focusRequest: (FocusTarget & { seq: number }) | null;
  dialog: Dialog | null;
  findOpen: boolean;
  guidanceOpen: boolean;
  exportStatus: ExportStatus | null;
  /** What Ekspor Word / Ekspor PDF write: the whole plan or one Buku (by number). */
  exportBook: 'all' | number;
  notice: Notice | null;
  setLang(lang: Lang): void;
  setAppInfo(info: AppInfo): void;
  setRecent(recent: RecentEntry[]): void;
  setRecoveries(recoveries: RecoveryOffer[]): void;
  showSection(key: string | null): void;
  focus(target: FocusTarget): void;
  setExpanded(keys: string[], expanded: boolean): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  setFindOpen(open: boolean): void;
  toggleGuidance(): void;
  setExportStatus(status: ExportStatus | null): void;
  setExportBook(book: 'all' | number): void;
  setNotice(notice: Notice | null): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  lang: 'id',
  appInfo: null,
  recent: [],
  recoveries: [],
  activeKey: null,
  expanded: {},
  focusRequest: null,
  dialog: null,
  findOpen: false,
  guidanceOpen: true,
  exportStatus: null,
  exportBook: 'all',
  notice: null,
  setLang: (lang) => set({ lang }),
  setAppInfo: (appInfo) => set({ appInfo }),
  setRecent: (recent) => set({ recent }),
  setRecoveries: (recoveries) => set({ recoveries }),
  showSection: (activeKey) => set({ activeKey }),
  focus(target) {
    const seq = (get().focusRequest?.seq ?? 0) + 1;
    set({
      activeKey: target.sectionKey ?? (target.meta !== undefined ? META_KEY : get().activeKey),
      focusRequest: { ...target, seq },
    });
  },
  setExpanded(keys, expanded) {
    const current = get().expanded;
    if (keys.every((key) => current[key] === expanded)) return;
    set({ expanded: { ...current, ...Object.fromEntries(keys.map((key) => [key, expanded])) } });
  },
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setFindOpen: (findOpen) => set({ findOpen }),
  toggleGuidance: () => set({ guidanceOpen: !get().guidanceOpen }),
  setExportStatus: (exportStatus) => set({ exportStatus }),
  setExportBook: (exportBook) => set({ exportBook }),
  setNotice: (notice) => set({ notice }),
});
