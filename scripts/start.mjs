#!/usr/bin/env node
/**
 * `npm start` (and `npm run dev` with `--dev`): starts CoP Studio in Electron when its binary is there or can be
 * fetched; otherwise says so in a few plain lines and starts the same app in an installed Chromium or Chrome
 * (`hosts/browser/`), backed by the same main-process services and the same data folder.
 *
 *   node scripts/start.mjs [--dev] [--skip-build] [workshop.copstudio …]
 *
 * Where the Electron binary is looked for, in order (the places electron's own `index.js` and electron-vite read):
 *   ELECTRON_EXEC_PATH, then ELECTRON_OVERRIDE_DIST_PATH/<platform executable>, then node_modules/electron/dist/<path.txt>.
 * When none is there, electron's installer (`node_modules/electron/install.js`, which honours ELECTRON_MIRROR,
 * electron_config_cache and the other @electron/get settings) runs once, for at most
 * COP_STUDIO_ELECTRON_DOWNLOAD_SECONDS (default 180) seconds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const dev = args.includes('--dev');
const skipBuild = args.includes('--skip-build');
// npm runs scripts in the package folder; INIT_CWD is where the person typed the command.
const files = args.filter((arg) => !arg.startsWith('--')).map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** The executable's path inside an Electron distribution folder, as electron's installer names it. */
function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

function electronModuleDir() {
  try {
    return path.dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return null;
  }
}

/** Where the Electron binary is, or why it is not: `{ path }` or `{ problem }`. */
function findElectron() {
  const execPath = process.env.ELECTRON_EXEC_PATH;
  if (execPath) {
    return existsSync(execPath) ? { path: execPath } : { problem: `ELECTRON_EXEC_PATH points at ${execPath}, which does not exist` };
  }
  const moduleDir = electronModuleDir();
  if (!moduleDir) return { problem: 'the electron package is not installed (run npm install)' };
  const pathFile = path.join(moduleDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative);
    return existsSync(candidate)
      ? { path: candidate }
      : { problem: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} does not exist`, final: true };
  }
  const candidate = path.join(moduleDir, 'dist', relative);
  return existsSync(candidate) ? { path: candidate } : { problem: 'the Electron binary is not installed', moduleDir };
}

/** Runs electron's own installer, bounded in time. Resolves to null on success, else a short reason. */
function runElectronInstaller(moduleDir) {
  const seconds = Number(process.env.COP_STUDIO_ELECTRON_DOWNLOAD_SECONDS ?? 180);
  console.log(`CoP Studio: fetching the Electron binary (at most ${seconds} s)…`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(moduleDir, 'install.js')], { cwd: moduleDir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill();
      resolve(`the download did not finish within ${seconds} s`);
    }, seconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve(null);
      const line = stderr.split('\n').find((l) => /error/i.test(l)) ?? stderr.split('\n')[0] ?? '';
      resolve(line.replace(/^\s*\w*Error:\s*/, '').trim() || `the installer exited with code ${code}`);
    });
  });
}

function build() {
  if (skipBuild) return true;
  console.log('CoP Studio: building…');
  const result = spawnSync(bin('electron-vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function startElectron(electronPath) {
  // electron-vite reads ELECTRON_EXEC_PATH and passes the arguments after `--` to Electron after the app's entry
  // ('.', whose package.json names out/main/index.js).
  const env = { ...process.env, ELECTRON_EXEC_PATH: electronPath };
  const command = dev ? ['dev'] : ['preview', ...(skipBuild ? ['--skipBuild'] : [])];
  run(bin('electron-vite'), [...command, '--', ...files], env);
}

function startBrowserHost(problem) {
  console.log(`CoP Studio could not start Electron: ${problem}.`);
  console.log(
    'To run it in Electron, point ELECTRON_MIRROR at a reachable mirror of Electron releases, or ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron of the same version, and run npm start again.',
  );
  console.log(`Starting the same app in Chromium instead (same data folder${dev ? '; no hot reload' : ''}).`);
  if (!build()) process.exit(1);
  run(bin('tsx'), [path.join(root, 'hosts/browser/start.ts'), ...files], process.env);
}

let found = findElectron();
if (!found.path && found.moduleDir && !found.final) {
  const failure = await runElectronInstaller(found.moduleDir);
  const again = findElectron();
  found = again.path
    ? again
    : { problem: `the Electron binary is not installed and fetching it failed (${failure ?? 'no binary after the download'})` };
}
if (found.path) startElectron(found.path);
else startBrowserHost(found.problem);
