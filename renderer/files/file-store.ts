import { create } from 'zustand';
import { tr } from '../common/i18n';
import { resetStore } from '../store/store-reset';

export type SaveStatus =
  { kind: 'saved'; at: string } | { kind: 'saving' } | { kind: 'unsaved' } | { kind: 'never-saved' } | { kind: 'error'; reason: string };

interface FileState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  /** The workshop's file, or null for a never-saved workshop. */
  path: string | null;
  readOnly: boolean;
  /** The document revision last written to `path`. */
  savedRevision: number;
  status: SaveStatus;
  /**
   * No workshop is open: the welcome screen shows (at first launch, and after File ▸ New until a template, the
   * example or a file is chosen). Opening or starting any workshop (`setOpened`) leaves it.
   */
  home: boolean;
  showHome(): void;
  setOpened(path: string | null, revision: number, readOnly?: boolean): void;
  setStatus(status: SaveStatus): void;
  markSaved(path: string, revision: number, at: string): void;
}

export const useFileStore = create<FileState>()((set, _get, store) => ({
  reset: resetStore(store),
  path: null,
  readOnly: false,
  savedRevision: 0,
  status: { kind: 'never-saved' },
  home: true,
  showHome: () => set({ home: true }),
  setOpened: (path, revision, readOnly = false) =>
    set({
      home: false,
      path,
      readOnly,
      savedRevision: revision,
      status: path ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'never-saved' },
    }),
  setStatus: (status) => set({ status }),
  markSaved: (path, revision, at) => set({ path, savedRevision: revision, readOnly: false, status: { kind: 'saved', at } }),
}));

/** The last part of a path: the file's name. */
export const baseNameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The name shown for the current file. */
export function fileNameOf(path: string | null): string {
  return path ? baseNameOf(path) : tr('app.titleBar.noFile');
}
