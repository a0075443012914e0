import { z } from 'zod';
import type { FileChooserRequest, FolderListing } from '../host-types';
import { method, NoRequest, PathSchema } from '../method';

/** Files the system asks to open, and the in-app file chooser of hosts without native dialogs. */
export const HOST_METHODS = {
  /** The next workshop the system asked to open (command line, open-file, second instance), granted; null when none. */
  takeFileToOpen: method(NoRequest).returns<string | null>(),
  /** The open/save dialog the renderer should show itself (hosts without native dialogs); null when none. */
  currentFileChooser: method(NoRequest).returns<FileChooserRequest | null>(),
  /** Lists a folder for the open file chooser; refused when no chooser is open. */
  listChooserFolder: method(z.object({ path: PathSchema }).strict()).returns<FolderListing>(),
  /** Answers the open file chooser: a path (checked in main) or null for Cancel. */
  answerFileChooser: method(z.object({ id: z.string().min(1).max(100), path: PathSchema.nullable() }).strict()).returns<null>(),
} as const;
