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
  // — one action registry (issue 14): the menu follows the actions' enabled state —
  'setMenuEnabled',
  // — export & import (issue 9) —
  'exportSummaryPdf',
  'exportSummaryMarkdown',
  'exportJsonCanvas',
  'importJsonCanvasDialog',
  'openExportedFile',
  // — in-app file chooser and files from the system (issue 12) —
  'takeFileToOpen',
  'currentFileChooser',
  'listChooserFolder',
  'answerFileChooser',
  // — room mode (issue 17) —
  'roomListInterfaces',
  'roomOpen',
  'roomClose',
  'roomStatus',
  'roomPublish',
  'roomSetJoinPanel',
  'roomSetLocked',
  'roomSetAutoAccept',
  'roomRemoveParticipant',
  'roomAdmit',
  'roomDecline',
  // — first run (issue 18) —
  'openExampleWorkshop',
] as const;
export type IpcMethodName = (typeof IPC_METHOD_NAMES)[number];

/** The IPC channel of a method. */
export const channelOf = (method: IpcMethodName): string => `cop-studio:${method}`;

/** Channel on which the main process sends menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'cop-studio:menu-command';

