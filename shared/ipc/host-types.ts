// — in-app file chooser and files from the system (issue 12) —

/** An open/save dialog the renderer shows itself, where the host has no native one (the browser host). */
export interface FileChooserRequest {
  id: string;
  kind: 'open' | 'save';
  title: string;
  /** A folder (open) or a suggested file path (save). */
  defaultPath: string;
  /** File types offered, without the dot; empty means any file. */
  extensions: string[];
  /** Shortcuts shown beside the listing (Documents, Home). */
  places: Array<{ label: string; path: string }>;
}

export interface FolderListing {
  path: string;
  /** The folder above, or null at the root. */
  parent: string | null;
  /** The system's path separator, to name a new file in this folder. */
  separator: string;
  entries: Array<{ name: string; kind: 'folder' | 'file'; path: string }>;
}

/**
 * Commands a host sends on the menu-command channel that are not menu items: the renderer reacts to them but
 * no menu shows them.
 */
export const HOST_COMMANDS = ['host.openFromSystem', 'host.fileChooser'] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

export function isHostCommand(value: unknown): value is HostCommand {
  return typeof value === 'string' && (HOST_COMMANDS as readonly string[]).includes(value);
}
