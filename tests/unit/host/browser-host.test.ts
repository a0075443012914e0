/** The browser host's doors: loopback only, its own Host header, the per-launch secret, the sender's origin. */
import Conf from 'conf';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SETTINGS_FILE_NAME } from '../../../electron/services/settings';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/content-security-policy';
import { startBrowserHost, type BrowserHost } from '../../../hosts/browser/browser-host';

let host: BrowserHost;
let secret: string;

/** A raw request, so that Host and Origin can be anything. */
function request(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const ipc = (method: string, headers: Record<string, string>, body = '{}') =>
  request({ path: `/__host/ipc/${method}`, method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-host-'));
  const rendererDir = path.join(dir, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  host = await startBrowserHost({
    rendererDir,
    appVersion: '0.0.0',
    dataDir: path.join(dir, 'data'),
    userDocumentsDir: path.join(dir, 'Documents'),
    store: new Conf({ cwd: path.join(dir, 'data'), configName: SETTINGS_FILE_NAME, projectName: 'cop-studio-test' }),
    openToken: 'second-start-token',
  });
  secret = new URL(host.url).hash.replace('#secret=', '');
});
afterAll(() => host.close());

describe('the browser host', () => {
  test('listens on 127.0.0.1 and gives the page a long random secret in the fragment only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(secret).toMatch(/^[\w-]{43}$/);
  });

  test('serves the renderer with the CSP header and the preload script injected first', async () => {
    const page = await request({ path: '/index.html', headers: { Host: new URL(host.origin).host } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.body).toMatch(/<head>\s*<script src="\/__host\/preload.js"><\/script>/);
    const preload = await request({ path: '/__host/preload.js', headers: { Host: new URL(host.origin).host } });
    expect(preload.body).toContain("Object.defineProperty(window, 'copStudio'");
    expect(preload.body).not.toContain(secret);
    expect((await request({ path: '/../package.json', headers: { Host: new URL(host.origin).host } })).status).toBe(404);
  });

  test('a request under another Host name (DNS rebinding) is refused', async () => {
    const response = await ipc('getAppInfo', { Host: 'evil.example:80', 'X-CoP-Studio-Secret': secret, Origin: 'http://evil.example' });
    expect(response.status).toBe(421);
  });

  test('IPC without the secret, or with a wrong one, is refused', async () => {
    const hostHeader = new URL(host.origin).host;
    expect((await ipc('getAppInfo', { Host: hostHeader, Origin: host.origin })).status).toBe(403);
    expect(
      (await ipc('getAppInfo', { Host: hostHeader, Origin: host.origin, 'X-CoP-Studio-Secret': secret.replace(/./, 'x') })).status,
    ).toBe(403);
    expect((await request({ path: '/__host/events?secret=nope', headers: { Host: hostHeader } })).status).toBe(403);
  });

  test('IPC goes through dispatch: the sender’s origin and the payload are checked', async () => {
    const hostHeader = new URL(host.origin).host;
    const good = JSON.parse((await ipc('getAppInfo', { Host: hostHeader, Origin: host.origin, 'X-CoP-Studio-Secret': secret })).body);
    expect(good).toMatchObject({ ok: true, value: { name: 'CoP Studio', version: '0.0.0' } });
    const foreign = JSON.parse(
      (await ipc('getAppInfo', { Host: hostHeader, Origin: 'http://127.0.0.1:1', 'X-CoP-Studio-Secret': secret })).body,
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    const noOrigin = JSON.parse((await ipc('getAppInfo', { Host: hostHeader, 'X-CoP-Studio-Secret': secret })).body);
    expect(noOrigin).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    const malformed = JSON.parse(
      (
        await ipc(
          'setFullScreen',
          { Host: hostHeader, Origin: host.origin, 'X-CoP-Studio-Secret': secret },
          '{"payload":{"fullScreen":"yes"}}',
        )
      ).body,
    );
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = JSON.parse((await ipc('readAnyFile', { Host: hostHeader, Origin: host.origin, 'X-CoP-Studio-Secret': secret })).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  test('menu and host commands reach the page through the event stream', async () => {
    const url = new URL(host.origin);
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: url.hostname, port: url.port, path: `/__host/events?secret=${secret}` }, (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
          if (text.includes(': connected')) host.sendCommand('file.save');
          if (text.includes('data: file.save')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
    });
    expect(received).toContain('data: file.save\n\n');
  });

  test('a second start hands its workshops over with the open token, and only absolute .copstudio paths', async () => {
    const headers = { Host: new URL(host.origin).host, 'Content-Type': 'application/json' };
    const open = (token: string | null, paths: unknown) =>
      request({
        path: '/__host/open',
        method: 'POST',
        headers: token ? { ...headers, 'X-CoP-Studio-Open-Token': token } : headers,
        body: JSON.stringify({ paths }),
      });
    const file = path.join(os.tmpdir(), 'handed-over.copstudio');
    expect((await open(null, [file])).status).toBe(403);
    expect((await open('wrong-token-wrong-token', [file])).status).toBe(403);
    expect((await open('second-start-token', ['relative.copstudio'])).status).toBe(400);
    expect((await open('second-start-token', ['/etc/passwd'])).status).toBe(400);
    expect(host.services.filesToOpen.take()).toBeNull();
    expect((await open('second-start-token', [file])).status).toBe(204);
    expect(host.services.filesToOpen.take()).toBe(file);
  });
});
