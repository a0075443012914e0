/**
 * The names of the API the preload exposes on `window.copStudio`. Kept free of zod so the sandboxed preload
 * bundle stays tiny; `contract.ts` checks at compile time that this list and the contract agree.
 */
export const IPC_METHOD_NAMES = [
  'getAppInfo',
  'getPreferences',
  'setPreferences',
  'listRecentFiles',
  'openWorkshopDialog',
  'openRecentWorkshop',
  'saveWorkshop',
  'saveWorkshopAs',
  // — files & recovery (issue 4) —
  'listBackups',
  'restoreBackup',
  'listRecoveredWork',
  'readRecoveredWork',
  'writeRecoveryJournal',
  'clearRecoveryJournal',
  'closeWindow',
  // — window & facilitation (issue 8) —
  'setFullScreen',
  // — export & import (issue 9) —
  'exportSummaryPdf',
  'exportSummaryMarkdown',
  'exportJsonCanvas',
  'importJsonCanvasDialog',
  'openExportedFile',
  // — first run (issue 18) —
  'openExampleWorkshop',
] as const;
export type IpcMethodName = (typeof IPC_METHOD_NAMES)[number];

/** The IPC channel of a method. */
export const channelOf = (method: IpcMethodName): string => `cop-studio:${method}`;

/** Channel on which the main process sends menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'cop-studio:menu-command';

/**
 * Events the main process pushes to the renderer, declared once: name → payload. Carried on one channel by the
 * Electron preload and by the browser test host alike; the renderer subscribes with `onEvent(name, listener)`.
 * A later feature adds a line here (and its payload type) — nothing else in the hosts changes.
 */
export interface AppEvents {
  /** The open workshop's file changed on disk (another program, another CoP Studio, a sync client). */
  workshopFileChanged: { path: string };
}
export type AppEventName = keyof AppEvents;
export const APP_EVENT_NAMES = ['workshopFileChanged'] as const satisfies readonly AppEventName[];

/** Channel on which the main process sends `AppEvents` (arguments: name, payload). */
export const APP_EVENT_CHANNEL = 'cop-studio:event';

export function isAppEventName(name: unknown): name is AppEventName {
  return typeof name === 'string' && (APP_EVENT_NAMES as readonly string[]).includes(name);
}
