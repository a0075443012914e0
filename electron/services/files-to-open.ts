import path from 'node:path';

/**
 * Workshops the operating system asked the app to open (a path on the command line, macOS `open-file`, a second
 * instance started with a path), waiting for the renderer: it takes them one at a time (`takeFileToOpen`), after
 * its unsaved-changes question, and the path is granted like a dialog's answer.
 */
export class FilesToOpen {
  private readonly queue: string[] = [];

  offer(filePath: string): void {
    this.queue.push(path.resolve(filePath));
  }

  take(): string | null {
    return this.queue.shift() ?? null;
  }
}

export const WORKSHOP_FILE_PATTERN = /\.copstudio$/i;

/** The workshop files named in a command line (`argv` without the executable), ignoring switches and the app entry. */
export function workshopPathsIn(argv: readonly string[], cwd: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && WORKSHOP_FILE_PATTERN.test(arg)).map((arg) => path.resolve(cwd, arg));
}
