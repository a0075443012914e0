/**
 * `npm start` (scripts/start.mjs): with an Electron binary in place it launches Electron with the app's main
 * entry; without one it says why in a few plain lines and starts the browser host in Chromium instead.
 * Fake executables (shell or Node scripts that record their arguments) stand in for Electron and Chromium.
 * Needs the build (`npm test` builds first).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const START = path.join(ROOT, 'scripts/start.mjs');

/** Runs the start script to its end (the fakes exit at once); resolves with its output. */
function runStart(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(ELECTRON_|npm_config_electron|electron_config|INIT_CWD$)/i.test(key)),
    );
    const child = spawn(process.execPath, [START, ...args], { cwd: ROOT, env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function writeExecutable(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text, 'utf8');
  chmodSync(file, 0o755);
}

/** A fake browser: records its arguments, loads the --app page and its preload like a browser would, exits. */
const FAKE_CHROMIUM = (record: string) => `#!${process.execPath}
const fs = require('node:fs');
const args = process.argv.slice(2);
const app = args.find((a) => a.startsWith('--app='));
(async () => {
  const url = app ? app.slice('--app='.length) : '';
  const page = url ? await fetch(url) : null;
  const html = page ? await page.text() : '';
  const preload = url ? await fetch(new URL('/__host/preload.js', url)) : null;
  fs.writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args, status: page && page.status, csp: page && page.headers.get('content-security-policy'), html, preload: preload && preload.status }));
})();
`;

/**
 * A fake browser that acts as the page: takes the workshop given at start through the host's IPC (with the secret
 * from the fragment), listens to the host's events, and when a second start hands a workshop over, takes it too.
 */
const FAKE_CHROMIUM_PAGE = (record: string, listening: string) => `#!${process.execPath}
const fs = require('node:fs');
const http = require('node:http');
const app = new URL(process.argv.slice(2).find((a) => a.startsWith('--app=')).slice('--app='.length));
const secret = new URLSearchParams(app.hash.slice(1)).get('secret');
const take = async () => (await (await fetch(new URL('/__host/ipc/takeFileToOpen', app), {
  method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CoP-Studio-Secret': secret, Origin: app.origin }, body: '{}',
})).json()).value;
(async () => {
  const atStart = await take();
  http.get(new URL('/__host/events?secret=' + encodeURIComponent(secret), app), (res) => {
    fs.writeFileSync(${JSON.stringify(listening)}, 'yes');
    res.on('data', async (chunk) => {
      if (!String(chunk).includes('data: host.openFromSystem')) return;
      fs.writeFileSync(${JSON.stringify(record)}, JSON.stringify({ atStart, handedOver: await take() }));
      process.exit(0);
    });
  });
})();
`;

describe.skipIf(process.platform === 'win32')('npm start', () => {
  let tmp: string;
  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'out/main/index.js')) || !existsSync(path.join(ROOT, 'out/renderer/index.html'))) {
      throw new Error('The app is not built: run "npm run build" (npm test builds first).');
    }
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-start-'));
  });

  test('with an Electron binary in place (ELECTRON_OVERRIDE_DIST_PATH), launches it with the app’s main entry and the files given', async () => {
    const dist = path.join(tmp, 'electron-dist');
    const record = path.join(tmp, 'electron-argv.txt');
    await writeExecutable(
      path.join(dist, process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron'),
      `#!/bin/sh\nprintf '%s\\n' "$PWD" "$@" > '${record}'\n`,
    );
    const { code, stdout, stderr } = await runStart(['--skip-build', 'kickoff.copstudio'], {
      ELECTRON_OVERRIDE_DIST_PATH: dist,
      CHROMIUM_PATH: '/nonexistent',
    });
    expect({ code, stderr: stderr.includes('    at ') ? stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(stdout).not.toContain('could not start Electron');
    const [cwd, entry, ...rest] = (await fs.readFile(record, 'utf8')).trim().split('\n');
    // Electron is given the app folder, whose package.json names the built main bundle.
    const main = JSON.parse(await fs.readFile(path.join(path.resolve(cwd!, entry!), 'package.json'), 'utf8')).main;
    expect(path.resolve(cwd!, entry!, main)).toBe(path.join(ROOT, 'out/main/index.js'));
    expect(rest).toEqual([path.join(ROOT, 'kickoff.copstudio')]);
  });

  test('without Electron, says so in a few plain lines and starts the same app in Chromium as an app window', async () => {
    const record = path.join(tmp, 'chromium-run.json');
    const chromium = path.join(tmp, 'fake-chromium');
    await writeExecutable(chromium, FAKE_CHROMIUM(record));
    const dataDir = path.join(tmp, 'data');
    const emptyDist = path.join(tmp, 'no-electron-here');
    await fs.mkdir(emptyDist, { recursive: true });
    const { code, stdout, stderr } = await runStart(['--skip-build'], {
      ELECTRON_OVERRIDE_DIST_PATH: emptyDist,
      CHROMIUM_PATH: chromium,
      COP_STUDIO_DATA_DIR: dataDir,
      DISPLAY: ':0',
    });
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/^\s+at /m);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toContain('CoP Studio could not start Electron: ELECTRON_OVERRIDE_DIST_PATH is set, but');
    expect(lines[1]).toMatch(/ELECTRON_MIRROR.*ELECTRON_OVERRIDE_DIST_PATH/);
    expect(lines[2]).toContain('Starting the same app in Chromium instead');
    const run = JSON.parse(await fs.readFile(record, 'utf8'));
    const app = (run.args as string[]).find((a) => a.startsWith('--app='))!;
    expect(app).toMatch(/^--app=http:\/\/127\.0\.0\.1:\d+\/index\.html#secret=[\w-]{40,}$/);
    expect(run.args).toContain(`--user-data-dir=${path.join(dataDir, 'browser-window')}`);
    expect(run.status).toBe(200);
    expect(run.csp).toContain("script-src 'self'");
    expect(run.html).toContain('<script src="/__host/preload.js"></script>');
    expect(run.preload).toBe(200);
  });

  test('without a binary, electron’s own installer is tried with ELECTRON_MIRROR, and its failure is one plain line', async () => {
    const requests: string[] = [];
    const mirror = http.createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    const record = path.join(tmp, 'chromium-run-2.json');
    const chromium = path.join(tmp, 'fake-chromium-2');
    await writeExecutable(chromium, FAKE_CHROMIUM(record));
    try {
      const { code, stdout, stderr } = await runStart(['--skip-build'], {
        ELECTRON_MIRROR: `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`,
        electron_config_cache: path.join(tmp, 'electron-cache'),
        CHROMIUM_PATH: chromium,
        COP_STUDIO_DATA_DIR: path.join(tmp, 'data-2'),
        DISPLAY: ':0',
        COP_STUDIO_ELECTRON_DOWNLOAD_SECONDS: '60',
      });
      expect(code).toBe(0);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(requests.some((url) => url.includes('electron-v'))).toBe(true);
      expect(stdout).toMatch(/could not start Electron: the Electron binary is not installed and fetching it failed \(.+\)\./);
      expect(existsSync(record)).toBe(true);
    } finally {
      mirror.close();
    }
  });

  test('the browser host opens the workshop given to it, and a second start hands its workshop to the running window', async () => {
    const record = path.join(tmp, 'page-run.json');
    const listening = path.join(tmp, 'page-listening');
    const chromium = path.join(tmp, 'fake-chromium-page');
    await writeExecutable(chromium, FAKE_CHROMIUM_PAGE(record, listening));
    const env = {
      CHROMIUM_PATH: chromium,
      COP_STUDIO_DATA_DIR: path.join(tmp, 'data-3'),
      DISPLAY: ':0',
      ELECTRON_OVERRIDE_DIST_PATH: path.join(tmp, 'no-electron-here'),
    };
    const first = runStart(['--skip-build', path.join(tmp, 'first.copstudio')], env);
    // Bounded: a hang fails the test instead of waiting forever.
    for (let i = 0; i < 600 && !existsSync(listening); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(listening)).toBe(true);
    const second = await runStart(['--skip-build', path.join(tmp, 'second.copstudio')], env);
    expect(second.stdout).toContain('CoP Studio is already open: the workshop was sent to its window.');
    expect((await first).code).toBe(0);
    expect(JSON.parse(await fs.readFile(record, 'utf8'))).toEqual({
      atStart: path.join(tmp, 'first.copstudio'),
      handedOver: path.join(tmp, 'second.copstudio'),
    });
  });
});
