import { create } from 'zustand';
import type { FileChooserRequest } from '../../shared/ipc';
import { api } from '../api/copstudio-api';

interface FileChooserState {
  /** The open/save dialog the host asked the renderer to show (browser host only), or null. */
  request: FileChooserRequest | null;
  /** Reads the pending request from the main process (on the host's `host.fileChooser` command). */
  refresh(): Promise<void>;
  clear(): void;
}

export const useFileChooserStore = create<FileChooserState>()((set) => ({
  request: null,
  refresh: async () => {
    const result = await api().currentFileChooser();
    set({ request: result.ok ? result.value : null });
  },
  clear: () => set({ request: null }),
}));
