import { z } from 'zod';
import { WorkshopSchema, type Workshop } from '../../schema';
import { LanguageSchema } from '../../i18n/languages';
import { method, NoRequest, PathSchema, SuggestedNameSchema } from '../method';

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
  /** The community's next session date when the file was last opened or saved. */
  nextSessionDate?: string;
}

/** A workshop read from disk. `readOnly` when the file cannot be saved over (e.g. a newer version). */
export interface OpenedWorkshop {
  path: string;
  workshop: Workshop;
  readOnly: boolean;
  /** Set when an older file was migrated in memory; the original is backed up before the first save. */
  migratedFrom: number | null;
  /** Something to tell the person although the file opened (e.g. the app's data folder is full). */
  notice?: string;
}

/** The example workshop, to open as a new, unsaved workshop: it has no path, so the first save asks where. */
export interface ExampleWorkshop {
  workshop: Workshop;
}

export interface SavedWorkshop {
  path: string;
  savedAt: string;
  /** The file was saved; something else to tell the person (e.g. the app's data folder is full). */
  notice?: string;
}

/** Workshop files: open, save, save as, the recent list, the example workshop. */
export const FILES_METHODS = {
  listRecentFiles: method(NoRequest).returns<RecentFile[]>(),
  /** Shows the native Open dialog, then reads the chosen file. `null` when cancelled. */
  openWorkshopDialog: method(NoRequest).returns<OpenedWorkshop | null>(),
  openRecentWorkshop: method(z.object({ path: PathSchema })).returns<OpenedWorkshop>(),
  /**
   * Saves over a path the main process handed out (by a dialog or the recent list). Refused with the error code
   * `conflict` when the file changed on disk since it was read or last written, unless `overwriteChanged` (the
   * person chose "Keep mine"; the other version is kept as a backup first).
   */
  saveWorkshop: method(
    z.object({ path: PathSchema, workshop: WorkshopSchema, overwriteChanged: z.boolean().optional() }),
  ).returns<SavedWorkshop>(),
  /** Shows the native Save dialog, then saves. `null` when cancelled. */
  saveWorkshopAs: method(z.object({ workshop: WorkshopSchema, suggestedName: SuggestedNameSchema })).returns<SavedWorkshop | null>(),
  /** Reads the example workshop shipped with the app, as a new unsaved copy (the shipped file is never written). */
  openExampleWorkshop: method(z.object({ language: LanguageSchema }).strict()).returns<ExampleWorkshop>(),
} as const;
