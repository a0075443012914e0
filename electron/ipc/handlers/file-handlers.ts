import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { IpcFailure, type OpenedWorkshop } from '../../../shared/ipc';
import type { Workshop } from '../../../shared/schema';
import { WORKSHOP_EXTENSION, WORKSHOP_FILTERS } from '../../services/dialogs';
import { describeFsError } from '../../services/workshop-files';
import type { HandlerTable, MainServices } from '../handler-table';

type FileHandlers = Pick<
  HandlerTable,
  'listRecentFiles' | 'openWorkshopDialog' | 'openRecentWorkshop' | 'saveWorkshop' | 'saveWorkshopAs'
>;

/** Open, save, save as, recent files. Only paths the main process handed out can be read or written. */
export function fileHandlers(services: MainServices): FileHandlers {
  const { appInfo, dialogs, settings, grants, storage, fileWatch } = services;

  /** The last folder used, else `Documents/CoP Studio` (created on first use so the dialog opens there). */
  const defaultFolder = () => {
    const last = settings.getPreferences().lastFolder;
    if (last && existsSync(last)) return last;
    try {
      mkdirSync(appInfo.documentsDir, { recursive: true });
    } catch {
      // The dialog falls back to its own default folder.
    }
    return appInfo.documentsDir;
  };

  const open = async (filePath: string): Promise<OpenedWorkshop> => {
    const resolved = path.resolve(filePath);
    const { workshop, readOnly, migratedFrom } = await storage.open(resolved);
    // Only a file that opened may be saved over by the renderer: a refused (e.g. newer-version) file stays untouched.
    grants.grant(resolved);
    fileWatch.watch(resolved);
    const notice = rememberRecent(resolved, true, workshop.meta.nextSessionDate);
    return { path: resolved, workshop, readOnly, migratedFrom, ...(notice ? { notice } : {}) };
  };

  /**
   * The recent list and last folder live in the app's data folder; when it is full or not writable, opening
   * and saving still work and say so (the settings are best effort). Returns that sentence, if any.
   */
  const rememberRecent = (filePath: string, folderToo: boolean, nextSessionDate?: string): string | undefined => {
    try {
      settings.addRecentFile(filePath, path.basename(filePath), new Date(), nextSessionDate);
      if (folderToo) settings.setLastFolder(path.dirname(filePath));
      return undefined;
    } catch (error) {
      return `CoP Studio's own data folder could not be written (${describeFsError(error)}): the recent files list was not updated.`;
    }
  };

  const save = async (filePath: string, workshop: Workshop, options: { chosenInDialog?: boolean; overwriteChanged?: boolean } = {}) => {
    await storage.save(filePath, workshop, options);
    fileWatch.watch(filePath);
    const notice = rememberRecent(filePath, Boolean(options.chosenInDialog), workshop.meta.nextSessionDate);
    return { path: filePath, savedAt: new Date().toISOString(), ...(notice ? { notice } : {}) };
  };

  return {
    listRecentFiles: async () => {
      const recent = settings.listRecentFiles((p) => existsSync(p));
      recent.forEach((file) => grants.grant(file.path));
      return recent;
    },
    openWorkshopDialog: async () => {
      const chosen = await dialogs.showOpenDialog({
        title: 'Open workshop',
        defaultPath: defaultFolder(),
        filters: WORKSHOP_FILTERS,
      });
      return chosen === null ? null : open(chosen);
    },
    openRecentWorkshop: async ({ path: filePath }) => {
      if (!grants.isGranted(filePath)) {
        throw new IpcFailure('not-allowed', 'This file was not chosen in a dialog or the recent list, so it cannot be opened.');
      }
      return open(filePath);
    },
    saveWorkshop: async ({ path: filePath, workshop, overwriteChanged }) => {
      if (!grants.isGranted(filePath)) {
        throw new IpcFailure('not-allowed', 'This file was not chosen in a dialog, so CoP Studio will not write to it.');
      }
      return save(path.resolve(filePath), workshop, { overwriteChanged });
    },
    saveWorkshopAs: async ({ workshop, suggestedName }) => {
      const safeName = suggestedName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'Workshop';
      const chosen = await dialogs.showSaveDialog({
        title: 'Save workshop as',
        defaultPath: path.join(defaultFolder(), `${safeName}.${WORKSHOP_EXTENSION}`),
        filters: WORKSHOP_FILTERS,
      });
      if (chosen === null) return null;
      // "Workshop.COPSTUDIO" already has the extension (any case): it is not doubled.
      const withExtension = chosen.toLowerCase().endsWith(`.${WORKSHOP_EXTENSION}`) ? chosen : `${chosen}.${WORKSHOP_EXTENSION}`;
      const resolved = grants.grant(withExtension);
      return save(resolved, workshop, { chosenInDialog: true });
    },
  };
}
