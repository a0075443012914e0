/** Native file dialogs are a port: Electron's `dialog` in the app, a queue of answers in the test harness. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogPort {
  /** Returns the chosen path, or null when the user cancelled. */
  showOpenDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  showSaveDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
}

export const WORKSHOP_EXTENSION = 'copstudio';
export const WORKSHOP_FILTERS: FileFilter[] = [{ name: 'CoP Studio workshop', extensions: [WORKSHOP_EXTENSION] }];
