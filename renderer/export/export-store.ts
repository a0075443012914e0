import { create } from 'zustand';
import { resetStore } from '../store/store-reset';

export interface FinishedExport {
  path: string;
  /** What was exported, for people: "PDF summary", "Markdown summary", "JSON Canvas". */
  what: string;
}

interface ExportState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  /** The export running now ("Making the PDF summary…"), or null. */
  busy: string | null;
  /** The last file written, offered to open. */
  finished: FinishedExport | null;
  setBusy(busy: string | null): void;
  setFinished(finished: FinishedExport | null): void;
}

export const useExportStore = create<ExportState>()((set, _get, store) => ({
  reset: resetStore(store),
  busy: null,
  finished: null,
  setBusy: (busy) => set({ busy }),
  setFinished: (finished) => set({ finished }),
}));
