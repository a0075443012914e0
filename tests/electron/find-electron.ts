import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron binary is, without importing `electron` (whose entry point downloads the binary when
 * it is missing — impossible offline). `ELECTRON_OVERRIDE_DIST_PATH` wins, as it does for `electron` itself.
 */
export function findElectronBinary(repoRoot: string): { path: string } | { missing: string } {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : process.platform === 'win32'
      ? 'electron.exe'
      : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, executable) : path.join(packageDir, 'dist', executable);
  if (existsSync(candidate)) return { path: candidate };
  return {
    missing: override
      ? `no Electron binary at ELECTRON_OVERRIDE_DIST_PATH (${candidate})`
      : `no Electron binary in node_modules/electron/dist (it is downloaded on first use, and this machine has no internet; set ELECTRON_OVERRIDE_DIST_PATH or ELECTRON_MIRROR)`,
  };
}
