/**
 * Opening a file with the system's default app is a port: Electron's `shell.openPath` in the app; the test
 * harness records the paths instead.
 */
export interface FileOpener {
  /** Resolves with an empty string on success, or the reason it failed (as `shell.openPath` does). */
  openPath(filePath: string): Promise<string>;
}

/** For a composition without a desktop (unit tests of other areas): opening says it cannot. */
export const NO_FILE_OPENER: FileOpener = {
  openPath: async () => 'there is no desktop to open files with here',
};
