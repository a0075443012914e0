import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IpcFailure, type FileChooserRequest, type FolderListing } from '../../shared/ipc';
import type { DialogPort, FileFilter } from './dialogs';
import { fsReason } from './user-file';

/**
 * The file chooser of a host without native dialogs (the browser host): a `DialogPort` whose open/save dialogs
 * are shown by the renderer (`FileChooserDialog`). The main process keeps the one pending request; the renderer
 * is told (`notify`), reads it, lists folders through `list` (only while a chooser is open) and answers. The
 * answer is checked here (an open needs an existing file of the right type; a save needs an existing folder),
 * and the handler that asked grants the path as it does for a native dialog's answer.
 */
export class InAppFileChooser implements DialogPort {
  private pending: { request: FileChooserRequest; resolve: (path: string | null) => void } | null = null;

  /** `places`' labels are English texts of the `menu.dialog` catalogue: the window shows them in its language. */
  constructor(
    private readonly notify: () => void,
    private readonly places: () => Array<{ label: string; path: string }> = () => [{ label: 'Home', path: os.homedir() }],
  ) {}

  showOpenDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null> {
    return this.ask('open', options);
  }

  showSaveDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null> {
    return this.ask('save', options);
  }

  /** The chooser the renderer should show, or null. */
  current(): FileChooserRequest | null {
    return this.pending?.request ?? null;
  }

  /** Lists a folder for the open chooser: sub-folders and files of the requested types, hidden entries left out. */
  async list(folder: string): Promise<FolderListing> {
    const request = this.current();
    if (!request) throw IpcFailure.of({ code: 'not-allowed', sentence: 'chooserNotOpen' });
    const resolved = path.resolve(folder);
    let dirents;
    try {
      dirents = await fs.readdir(resolved, { withFileTypes: true });
    } catch (error) {
      const { reason, values } = fsReason(error);
      throw IpcFailure.of({
        code: 'not-found',
        sentence: 'folderUnreadable',
        reason: reason === 'folder-gone' ? 'not-found' : reason,
        values: { ...values, folder: resolved },
      });
    }
    const entries = dirents
      .filter((d) => !d.name.startsWith('.'))
      .filter((d) => d.isDirectory() || (d.isFile() && matches(d.name, request.extensions)))
      .map((d) => ({ name: d.name, kind: d.isDirectory() ? ('folder' as const) : ('file' as const), path: path.join(resolved, d.name) }))
      .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1));
    const parent = path.dirname(resolved);
    return { path: resolved, parent: parent === resolved ? null : parent, separator: path.sep, entries };
  }

  /** The renderer's answer: a path (checked) or null for Cancel. */
  async answer(id: string, chosen: string | null): Promise<void> {
    const pending = this.pending;
    if (!pending || pending.request.id !== id) throw IpcFailure.of({ code: 'not-allowed', sentence: 'chooserClosed' });
    if (chosen !== null) await check(pending.request, path.resolve(chosen));
    this.pending = null;
    pending.resolve(chosen === null ? null : path.resolve(chosen));
  }

  private ask(kind: 'open' | 'save', options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null> {
    this.pending?.resolve(null);
    const extensions = options.filters.flatMap((f) => f.extensions);
    return new Promise((resolve) => {
      this.pending = {
        request: { id: randomUUID(), kind, title: options.title, defaultPath: options.defaultPath, extensions, places: this.places() },
        resolve,
      };
      this.notify();
    });
  }
}

const matches = (name: string, extensions: string[]) =>
  extensions.length === 0 || extensions.some((ext) => name.toLowerCase().endsWith(`.${ext.toLowerCase()}`));

async function check(request: FileChooserRequest, chosen: string): Promise<void> {
  const stat = await fs.stat(request.kind === 'open' ? chosen : path.dirname(chosen)).catch(() => null);
  if (request.kind === 'open') {
    if (!stat?.isFile()) throw IpcFailure.of({ code: 'not-found', sentence: 'notAFile', fileName: path.basename(chosen) });
    if (!matches(chosen, request.extensions)) {
      const types = request.extensions.map((e) => `.${e}`).join(', ');
      throw IpcFailure.of({ code: 'invalid-request', sentence: 'wrongType', fileName: path.basename(chosen), values: { types } });
    }
  } else if (!stat?.isDirectory()) {
    throw IpcFailure.of({ code: 'not-found', sentence: 'folderMissing', values: { folder: path.dirname(chosen) } });
  }
}
