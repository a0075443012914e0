import os from 'node:os';
import path from 'node:path';

/**
 * The folders Electron would use for CoP Studio (`app.getPath('userData')` and `'documents'`), so the browser host
 * and the Electron app share preferences, recent files, recovery journal and backups. `COP_STUDIO_DATA_DIR` and
 * `COP_STUDIO_DOCUMENTS_DIR` override them.
 */
export function appFolders(productName = 'CoP Studio'): { dataDir: string; userDocumentsDir: string } {
  const home = os.homedir();
  const appData =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return {
    dataDir: process.env.COP_STUDIO_DATA_DIR ?? path.join(appData, productName),
    userDocumentsDir: process.env.COP_STUDIO_DOCUMENTS_DIR ?? process.env.XDG_DOCUMENTS_DIR ?? path.join(home, 'Documents'),
  };
}
