import { create } from 'zustand';
import type { FileChooserRequest } from '../../shared/ipc';
import { api } from '../api/copstudio-api';
import { resetStore } from '../store/store-reset';

interface FileChooserState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  /** The open/save dialog the host asked the renderer to show (browser host only), or null. */
  request: FileChooserRequest | null;
  /** Reads the pending request from the main process (on the host's `host.fileChooser` command). */
  refresh(): Promise<void>;
  clear(): void;
}

export const useFileChooserStore = create<FileChooserState>()((set, _get, store) => ({
  reset: resetStore(store),
  request: null,
  refresh: async () => {
    const result = await api().currentFileChooser();
    set({ request: result.ok ? result.value : null });
  },
  clear: () => set({ request: null }),
}));
