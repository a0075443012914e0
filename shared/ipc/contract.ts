import { z } from 'zod';
import { LanguageSchema } from '../i18n/languages';
import { WorkshopSchema, type Workshop } from '../schema';
import { PreferencesPatchSchema, type Preferences } from '../preferences';
import type { IpcMethodName } from './method-names';
import { IPC_METHOD_NAMES } from './method-names';
import type { IpcResult } from './result';
import type { JsonCanvasImportReport } from '../json-canvas/import-json-canvas';
import { PAGE_SIZES } from '../summary/page-layout';
import type { FileChooserRequest, FolderListing } from './host-types';
import { RoomProjectionSchema } from '../room/protocol';
import type { RoomInterface, RoomStatus } from './room-types';
import { ACTION_IDS, type ActionId } from '../actions/action-specs';
import { JournalIdSchema, type BackupInfo, type RecoveredWork, type RecoveredWorkSummary, type RestoredBackup } from './storage-types';

/** Paths the renderer sends back are paths the main process handed out; they are still checked there. */
const PathSchema = z.string().min(1, 'a path cannot be empty').max(4096, 'this path is too long');

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Where the app keeps preferences, recovery journals and backups. */
  dataDir: string;
  /** The default folder for workshop files. */
  documentsDir: string;
}

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

/** The window's full-screen state after a `setFullScreen` request. */
export interface FullScreenState {
  supported: boolean;
  fullScreen: boolean;
}

// — export & import (issue 9) —
export interface ExportedFile {
  path: string;
  bytes: number;
}

export interface ImportedJsonCanvas {
  /** A new workshop holding the imported canvas; it has no file yet. */
  workshop: Workshop;
  fileName: string;
  report: JsonCanvasImportReport;
}

const ExportRequest = z.object({ workshop: WorkshopSchema, suggestedName: z.string().max(200) });
/** `scope`: the whole summary (sponsor brief + appendix), or the sponsor brief alone. */
const ExportPdfRequest = ExportRequest.extend({ pageSize: z.enum(PAGE_SIZES), scope: z.enum(['full', 'brief']).optional() });

/** Declares one method: its request schema (validated in main) and its response type. */
function method<Request extends z.ZodType, Response>(request: Request) {
  return { request, response: undefined as unknown as Response };
}

const NoRequest = z.undefined();

/** The example workshop is shipped in each language the app speaks; the renderer asks for its own. */
const ExampleRequest = z.object({ language: LanguageSchema }).strict();

// — room mode (issue 17) —
const RoomIdSchema = z.string().min(1).max(100);
const RoomOpenRequest = z.object({ address: z.string().max(100), autoAccept: z.boolean(), projection: RoomProjectionSchema }).strict();
const RoomPublishRequest = z.object({ projection: RoomProjectionSchema }).strict();
const RoomParticipantRequest = z.object({ participantId: RoomIdSchema }).strict();
const RoomAdmitRequest = z.object({ participantId: RoomIdSchema, memberId: RoomIdSchema }).strict();
// — one action registry (issue 14) —
/** Menu items to enable or disable, by action id (each action's item has its id). */
const MenuEnabledRequest = z
  .object({ items: z.array(z.object({ id: z.enum(ACTION_IDS as [ActionId, ...ActionId[]]), enabled: z.boolean() }).strict()).max(ACTION_IDS.length) })
  .strict();
const SaveWorkshopRequest = z.object({ path: PathSchema, workshop: WorkshopSchema, overwriteChanged: z.boolean().optional() });

/** The one typed IPC contract between the renderer and the main process. */
export const IPC_CONTRACT = {
  getAppInfo: method<typeof NoRequest, AppInfo>(NoRequest),
  getPreferences: method<typeof NoRequest, Preferences>(NoRequest),
  setPreferences: method<typeof PreferencesPatchSchema, Preferences>(PreferencesPatchSchema),
  listRecentFiles: method<typeof NoRequest, RecentFile[]>(NoRequest),
  /** Shows the native Open dialog, then reads the chosen file. `null` when cancelled. */
  openWorkshopDialog: method<typeof NoRequest, OpenedWorkshop | null>(NoRequest),
  openRecentWorkshop: method<z.ZodObject<{ path: typeof PathSchema }>, OpenedWorkshop>(z.object({ path: PathSchema })),
  /**
   * Saves over a path the main process handed out (by a dialog or the recent list). Refused with the error code
   * `conflict` when the file changed on disk since it was read or last written, unless `overwriteChanged` (the
   * person chose "Keep mine"; the other version is kept as a backup first).
   */
  saveWorkshop: method<typeof SaveWorkshopRequest, SavedWorkshop>(SaveWorkshopRequest),
  /** Shows the native Save dialog, then saves. `null` when cancelled. */
  saveWorkshopAs: method<
    z.ZodObject<{ workshop: typeof WorkshopSchema; suggestedName: z.ZodString }>,
    SavedWorkshop | null
  >(z.object({ workshop: WorkshopSchema, suggestedName: z.string().max(200) })),
  // — files & recovery (issue 4) —
  /** Backups of a file the main process handed out, newest first. */
  listBackups: method<z.ZodObject<{ path: typeof PathSchema }>, BackupInfo[]>(z.object({ path: PathSchema })),
  /** Reads a backup to replace the document with it; the version now on disk is backed up first. */
  restoreBackup: method<z.ZodObject<{ path: typeof PathSchema; id: z.ZodString }>, RestoredBackup>(
    z.object({ path: PathSchema, id: z.string().max(200) }),
  ),
  /** Unsaved work earlier sessions left in the recovery journal (not the caller's own). */
  listRecoveredWork: method<z.ZodObject<{ exceptJournalId: typeof JournalIdSchema }>, RecoveredWorkSummary[]>(
    z.object({ exceptJournalId: JournalIdSchema }),
  ),
  /** Reads one journal to restore it; its file (if any) may then be saved to. */
  readRecoveredWork: method<z.ZodObject<{ journalId: typeof JournalIdSchema }>, RecoveredWork>(
    z.object({ journalId: JournalIdSchema }),
  ),
  /** Journals the unsaved document of this session (atomic; replaces the previous entry). */
  writeRecoveryJournal: method<
    z.ZodObject<{ journalId: typeof JournalIdSchema; path: z.ZodNullable<typeof PathSchema>; workshop: typeof WorkshopSchema }>,
    null
  >(z.object({ journalId: JournalIdSchema, path: PathSchema.nullable(), workshop: WorkshopSchema })),
  /** Deletes a journal: after a successful save, an explicit discard, or a restore adopted elsewhere. */
  clearRecoveryJournal: method<z.ZodObject<{ journalId: typeof JournalIdSchema }>, null>(z.object({ journalId: JournalIdSchema })),
  /** The renderer decided the window may close (nothing unsaved, or the person chose). */
  closeWindow: method<typeof NoRequest, null>(NoRequest),
  // — window & facilitation (issue 8) —
  /** Projector mode: the window enters or leaves full screen. `supported: false` where the host cannot (browser). */
  setFullScreen: method<z.ZodObject<{ fullScreen: z.ZodBoolean }>, FullScreenState>(z.object({ fullScreen: z.boolean() }).strict()),
  // — one action registry (issue 14) —
  /** The renderer's actions changed their enabled state: the application menu's items follow (no-op without a native menu). */
  setMenuEnabled: method<typeof MenuEnabledRequest, null>(MenuEnabledRequest),
  // — export & import (issue 9) —
  /** Asks where to save, renders the summary to PDF in the main process, writes it atomically. `null` when cancelled. */
  exportSummaryPdf: method<typeof ExportPdfRequest, ExportedFile | null>(ExportPdfRequest),
  exportSummaryMarkdown: method<typeof ExportRequest, ExportedFile | null>(ExportRequest),
  exportJsonCanvas: method<typeof ExportRequest, ExportedFile | null>(ExportRequest),
  /** Shows the Open dialog for a `.canvas` file and reads it as a new, unsaved workshop. `null` when cancelled. */
  importJsonCanvasDialog: method<typeof NoRequest, ImportedJsonCanvas | null>(NoRequest),
  /** Opens a file this session exported, with the system's default app. */
  openExportedFile: method<z.ZodObject<{ path: typeof PathSchema }>, void>(z.object({ path: PathSchema })),
  // — in-app file chooser and files from the system (issue 12) —
  /** The next workshop the system asked to open (command line, open-file, second instance), granted; null when none. */
  takeFileToOpen: method<typeof NoRequest, string | null>(NoRequest),
  /** The open/save dialog the renderer should show itself (hosts without native dialogs); null when none. */
  currentFileChooser: method<typeof NoRequest, FileChooserRequest | null>(NoRequest),
  /** Lists a folder for the open file chooser; refused when no chooser is open. */
  listChooserFolder: method<z.ZodObject<{ path: typeof PathSchema }>, FolderListing>(z.object({ path: PathSchema }).strict()),
  /** Answers the open file chooser: a path (checked in main) or null for Cancel. */
  answerFileChooser: method<z.ZodObject<{ id: z.ZodString; path: z.ZodNullable<typeof PathSchema> }>, null>(
    z.object({ id: z.string().min(1).max(100), path: PathSchema.nullable() }).strict(),
  ),
  // — room mode (issue 17) —
  /** The addresses the room can listen on (non-internal IPv4, labelled, then loopback). */
  roomListInterfaces: method<typeof NoRequest, RoomInterface[]>(NoRequest),
  /** Starts the room server on one address, on a free port, with the window's projection of the document. */
  roomOpen: method<typeof RoomOpenRequest, RoomStatus>(RoomOpenRequest),
  /** Stops the room server: nothing listens any more, every phone is disconnected. */
  roomClose: method<typeof NoRequest, RoomStatus>(NoRequest),
  roomStatus: method<typeof NoRequest, RoomStatus>(NoRequest),
  /** The window's projection after a change of the document (or of the room's operations it handled). */
  roomPublish: method<typeof RoomPublishRequest, null>(RoomPublishRequest),
  /** Shows or hides the join panel; the typed code only works while it shows. */
  roomSetJoinPanel: method<z.ZodObject<{ open: z.ZodBoolean }>, RoomStatus>(z.object({ open: z.boolean() }).strict()),
  roomSetLocked: method<z.ZodObject<{ locked: z.ZodBoolean }>, RoomStatus>(z.object({ locked: z.boolean() }).strict()),
  roomSetAutoAccept: method<z.ZodObject<{ autoAccept: z.ZodBoolean }>, RoomStatus>(z.object({ autoAccept: z.boolean() }).strict()),
  roomRemoveParticipant: method<typeof RoomParticipantRequest, RoomStatus>(RoomParticipantRequest),
  /** A typed name was accepted: the window made (or found) the member. */
  roomAdmit: method<typeof RoomAdmitRequest, RoomStatus>(RoomAdmitRequest),
  roomDecline: method<typeof RoomParticipantRequest, RoomStatus>(RoomParticipantRequest),
  // — first run (issue 18) —
  /** Reads the example workshop shipped with the app, in a language, as a new unsaved copy (the shipped file is never written). */
  openExampleWorkshop: method<typeof ExampleRequest, ExampleWorkshop>(ExampleRequest),
} as const;

export type IpcContract = typeof IPC_CONTRACT;
export type IpcRequest<M extends IpcMethodName> = z.input<IpcContract[M]['request']>;
export type IpcParsedRequest<M extends IpcMethodName> = z.output<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethodName> = IpcContract[M]['response'];

/** The API on `window.copStudio`, as the preload (or the test harness) exposes it. */
export type CopStudioApi = {
  [M in IpcMethodName]: IpcRequest<M> extends undefined
    ? () => Promise<IpcResult<IpcResponse<M>>>
    : (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>>;
} & {
  /** Menu commands from the main process; returns an unsubscribe function. */
  onMenuCommand(listener: (command: string) => void): () => void;
  /**
   * Events the main process pushes (`shared/ipc/events.ts`: names and payload schemas); returns an unsubscribe
   * function. Events arrive unvalidated: read them through `parseAppEvent`.
   */
  onEvent(listener: (event: unknown) => void): () => void;
};

// Compile-time check: the zod-free name list and the contract describe the same methods.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: Same<keyof IpcContract, (typeof IPC_METHOD_NAMES)[number]> = true;
void namesMatchContract;
