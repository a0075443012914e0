import { create } from 'zustand';

export interface FinishedExport {
  path: string;
  /** What was exported, for people: "PDF summary", "Markdown summary", "JSON Canvas". */
  what: string;
}

interface ExportState {
  /** The export running now ("Making the PDF summary…"), or null. */
  busy: string | null;
  /** The last file written, offered to open. */
  finished: FinishedExport | null;
  setBusy(busy: string | null): void;
  setFinished(finished: FinishedExport | null): void;
}

export const useExportStore = create<ExportState>()((set) => ({
  busy: null,
  finished: null,
  setBusy: (busy) => set({ busy }),
  setFinished: (finished) => set({ finished }),
}));

