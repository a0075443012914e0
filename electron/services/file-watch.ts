import { watch as nodeWatch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** How the watcher learns of changes: `fs.watch` (injectable for tests) and a periodic check. */
export interface FileWatchOptions {
  /** Whether the file changed on disk since we read or wrote it (`WorkshopStorage.changedOnDisk`). */
  changed(filePath: string): Promise<boolean>;
  /** Tells the renderer. */
  notify(filePath: string): void;
  /** Events of one folder are gathered this long before the check (an editor's save is several events). */
  debounceMs?: number;
  /**
   * A stat check this often even without events: `fs.watch` misses changes on network and synced drives, and
   * a watched folder that was replaced stops reporting.
   */
  pollMs?: number;
  watch?: (dir: string, listener: (event: string, fileName: string | Buffer | null) => void) => Pick<FSWatcher, 'close' | 'on'>;
}

/**
 * Watches the open workshop file and reports when it changes on disk. Watches the file's *folder*, not the
 * file: editors that save by writing a new file and renaming it over the old one replace the inode, which a
 * watch on the file itself would lose. Events are debounced; the check itself compares size, mtime and content
 * hash with what CoP Studio last read or wrote, so our own saves never count as a change.
 */
export class OpenFileWatcher {
  private current: { file: string; watcher: Pick<FSWatcher, 'close'> | null; poll: ReturnType<typeof setInterval> } | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private checking: Promise<void> = Promise.resolve();

  constructor(private readonly options: FileWatchOptions) {}

  /** Watches `filePath` (the one open workshop), replacing what was watched before. */
  watch(filePath: string): void {
    const file = path.resolve(filePath);
    if (this.current?.file === file) return;
    this.stop();
    const dir = path.dirname(file);
    const name = path.basename(file);
    const watchFn = this.options.watch ?? ((d, l) => nodeWatch(d, { persistent: false }, l));
    let watcher: Pick<FSWatcher, 'close' | 'on'> | null = null;
    try {
      watcher = watchFn(dir, (_event, fileName) => {
        // Some platforms give no name: check anyway.
        if (fileName === null || fileName.toString() === name) this.schedule();
      });
      // A folder that disappears (unmounted, moved) ends its watch: the periodic check still runs.
      watcher.on('error', () => undefined);
    } catch {
      watcher = null;
    }
    const poll = setInterval(() => this.schedule(), this.options.pollMs ?? 2000);
    poll.unref?.();
    this.current = { file, watcher, poll };
  }

  /** Runs the check now (tests; and after the window regains focus). */
  checkNow(): Promise<void> {
    clearTimeout(this.debounce);
    this.debounce = undefined;
    const file = this.current?.file;
    if (!file) return this.checking;
    this.checking = this.checking.then(async () => {
      const changed = await this.options.changed(file).catch(() => false);
      if (changed && this.current?.file === file) this.options.notify(file);
    });
    return this.checking;
  }

  private schedule(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.checkNow(), this.options.debounceMs ?? 250);
    this.debounce.unref?.();
  }

  stop(): void {
    clearTimeout(this.debounce);
    this.debounce = undefined;
    if (!this.current) return;
    clearInterval(this.current.poll);
    this.current.watcher?.close();
    this.current = null;
  }
}
