/**
 * The browser host: CoP Studio's built renderer served to an installed Chromium or Chrome, backed by the same
 * main-process services as Electron (`electron/main-services.ts`, the one composition root). Used by `npm start`
 * where Electron cannot be had, `npm run preview`, the benchmarks and the E2E tests.
 *
 * - Listens on 127.0.0.1 only; refuses requests whose Host header is not its own (DNS rebinding).
 * - Serves the renderer with the same file resolution and Content-Security-Policy header as `app://`.
 * - Injects a small preload script (`/__host/preload.js`, same origin, so the CSP allows it) that defines
 *   `window.copStudio` exactly as `electron/preload.ts` does: one function per IPC method plus `onMenuCommand`.
 * - IPC: `POST /__host/ipc/<method>` with a random per-launch secret (given to the page in the URL fragment,
 *   which never reaches a server or a Referer, then kept in the tab's sessionStorage), through the same
 *   `dispatch` as Electron (sender origin + payload checks, typed errors).
 * - Menu and host commands, and the events of `shared/ipc/events.ts` (`onEvent`): a server-sent event stream
 *   (`/__host/events`).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { IPC_METHOD_NAMES } from '../../shared/ipc/contract';
import { IpcFailure } from '../../shared/ipc/result';
import { dispatch, senderFromOrigin } from '../../electron/ipc/dispatch';
import { EXAMPLE_WORKSHOP_FILE, createMainServices, type MainServicesBundle } from '../../electron/main-services';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/content-security-policy';
import { resolveStaticFile } from '../../electron/security/static-files';
import type { WindowControl } from '../../electron/services/close-gate';
import type { DialogPort } from '../../electron/services/dialogs';
import { InAppFileChooser } from '../../electron/services/file-chooser';
import type { FileOpener } from '../../electron/services/file-opener';
import type { FsPort } from '../../electron/services/fs-port';
import type { PdfEngine } from '../../electron/services/pdf-engine';
import type { KeyValueStore } from '../../electron/services/settings';

export const HOST_PREFIX = '/__host';
/** Workshops are at most 50 MB; a request body may carry one plus its JSON envelope. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface BrowserHostOptions {
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  appVersion: string;
  platform?: string;
  /** The app's data folder (preferences, recovery journal, backups). */
  dataDir: string;
  /** The user's Documents folder; workshops default to `<documents>/CoP Studio`. */
  userDocumentsDir: string;
  store: KeyValueStore;
  /** The dialogs; by default the in-app file chooser (tests put a queue of answers in front of it). */
  dialogs?: (chooser: InAppFileChooser) => DialogPort;
  pdfEngine?: PdfEngine;
  opener?: FileOpener;
  /** Closes the window once the renderer decided; by default the page is told to close itself. */
  windowControl?: (host: { sendEvent(name: string): void }) => WindowControl;
  fs?: FsPort;
  /** Workshops to open at start (the start command's arguments). */
  filesToOpen?: string[];
  /** The example workshop; by default `resources/` of the repository the renderer was built in. */
  exampleWorkshopPath?: string;
  /**
   * Lets a second start of the host hand its workshops to this one (`POST /__host/open` with this token in the
   * `X-CoP-Studio-Open-Token` header), as Electron's 'second-instance' does. Absent: no such door.
   */
  openToken?: string;
}

export interface BrowserHost {
  origin: string;
  /** The page's address, with the per-launch secret in its fragment. */
  url: string;
  services: MainServicesBundle;
  /** Sends a menu or host command to the page, as Electron's menu does. */
  sendCommand(command: string): void;
  /** Opens a workshop in the running window (a path from the system), after the renderer's unsaved-changes question. */
  openFromSystem(filePath: string): void;
  close(): Promise<void>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = randomBytes(32).toString('base64url');
  const eventClients = new Set<http.ServerResponse>();
  const sendEvent = (name: string, data = '') => {
    for (const client of eventClients) client.write(`event: ${name}\ndata: ${data}\n\n`);
  };
  const sendCommand = (command: string) => {
    for (const client of eventClients) client.write(`data: ${command}\n\n`);
  };
  const documentsDir = path.join(options.userDocumentsDir, 'CoP Studio');
  const chooser = new InAppFileChooser(
    () => sendCommand('host.fileChooser'),
    () => [
      { label: 'CoP Studio documents', path: documentsDir },
      { label: 'Documents', path: options.userDocumentsDir },
      { label: 'Home', path: path.dirname(options.userDocumentsDir) },
    ],
  );
  const services = createMainServices({
    appName: 'CoP Studio',
    appVersion: options.appVersion,
    platform: options.platform ?? process.platform,
    dataDir: options.dataDir,
    userDocumentsDir: options.userDocumentsDir,
    dialogs: options.dialogs?.(chooser) ?? chooser,
    fileChooser: chooser,
    store: options.store,
    pdfEngine: options.pdfEngine,
    opener: options.opener,
    windowControl: options.windowControl?.({ sendEvent }) ?? { close: () => sendEvent('close-window') },
    fs: options.fs,
    exampleWorkshopPath: options.exampleWorkshopPath ?? path.resolve(options.rendererDir, '../../resources', EXAMPLE_WORKSHOP_FILE),
    // Events of shared/ipc/events.ts reach the page in order on the event stream, as JSON.
    events: { send: (event) => sendEvent('app-event', JSON.stringify(event)) },
    // Room mode (issue 17): the phone page is in the same build.
    phoneDir: options.rendererDir,
  });
  for (const file of options.filesToOpen ?? []) services.filesToOpen.offer(file);

  let origin = '';
  let host = '';
  const isTrusted = () => senderFromOrigin(origin);
  const preload = preloadScript();
  const server = http.createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end('Internal error');
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.headers.host !== host) {
      response.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith(`${HOST_PREFIX}/ipc/`) && request.method === 'POST') {
      if (!hasSecret(request.headers['x-cop-studio-secret'])) {
        response.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
        return;
      }
      const body = await readBody(request);
      let payload: unknown;
      try {
        payload = body === null ? undefined : (JSON.parse(body) as { payload?: unknown }).payload;
      } catch {
        payload = Symbol('malformed');
      }
      const method = decodeURIComponent(url.pathname.slice(`${HOST_PREFIX}/ipc/`.length));
      const senderOrigin = request.headers.origin;
      const result =
        body === null
          ? { ok: false, error: IpcFailure.of({ code: 'invalid-request', sentence: 'tooLarge' }).error }
          : await dispatch(
              services.handlers,
              method,
              payload,
              typeof senderOrigin === 'string' ? `${senderOrigin}/` : undefined,
              isTrusted(),
            );
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(result));
      return;
    }
    if (url.pathname === `${HOST_PREFIX}/open` && request.method === 'POST' && options.openToken) {
      const given = request.headers['x-cop-studio-open-token'];
      const expectedToken = Buffer.from(options.openToken);
      if (
        typeof given !== 'string' ||
        Buffer.byteLength(given) !== expectedToken.length ||
        !timingSafeEqual(Buffer.from(given), expectedToken)
      ) {
        response.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
        return;
      }
      const body = await readBody(request);
      let paths: unknown;
      try {
        paths = body === null ? null : (JSON.parse(body) as { paths?: unknown }).paths;
      } catch {
        paths = null;
      }
      if (
        !Array.isArray(paths) ||
        !paths.every((p) => typeof p === 'string' && p.length < 4096 && path.isAbsolute(p) && /\.copstudio$/i.test(p))
      ) {
        response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Expected { paths: absolute .copstudio paths }');
        return;
      }
      for (const file of paths as string[]) {
        services.filesToOpen.offer(file);
        sendCommand('host.openFromSystem');
      }
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === `${HOST_PREFIX}/events` && request.method === 'GET') {
      if (!hasSecret(url.searchParams.get('secret') ?? undefined)) {
        response.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': connected\n\n');
      eventClients.add(response);
      request.on('close', () => eventClients.delete(response));
      return;
    }
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' };
    if (url.pathname === `${HOST_PREFIX}/preload.js`) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(preload);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { 'Content-Type': 'text/plain' }).end('Method not allowed');
      return;
    }
    const file = resolveStaticFile(`http://localhost${url.pathname}`, options.rendererDir);
    const stat = file ? await fs.stat(file.filePath).catch(() => null) : null;
    if (!file || !stat?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    if (path.basename(file.filePath) === 'index.html') {
      // The preload runs first: a classic script in <head> runs before the deferred module scripts.
      const html = (await fs.readFile(file.filePath, 'utf8')).replace(
        '<head>',
        `<head>\n    <script src="${HOST_PREFIX}/preload.js"></script>`,
      );
      response.writeHead(200, { ...headers, 'Content-Type': file.mimeType }).end(html);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': file.mimeType, 'Content-Length': stat.size });
    createReadStream(file.filePath).pipe(response);
  }

  const expected = Buffer.from(secret);
  function hasSecret(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string') return false;
    const buffer = Buffer.from(given);
    return buffer.length === expected.length && timingSafeEqual(buffer, expected);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  origin = `http://${host}`;
  return {
    origin,
    url: `${origin}/index.html#secret=${secret}`,
    services,
    sendCommand,
    openFromSystem: (filePath) => {
      services.filesToOpen.offer(filePath);
      sendCommand('host.openFromSystem');
    },
    close: async () => {
      await services.dispose();
      await new Promise<void>((resolve) => {
        for (const client of eventClients) client.end();
        eventClients.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/** The body as text; `null` when it is larger than a workshop can be, or ''-bodied requests as `{}`. */
function readBody(request: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8') || '{}'));
    request.on('error', reject);
  });
}

/**
 * The page's side of the host, the counterpart of `electron/preload.ts`: `window.copStudio` with one function
 * per IPC method plus `onMenuCommand` and `onEvent`, frozen. Plain JavaScript, served from the app's own origin.
 */
function preloadScript(): string {
  return `(() => {
  'use strict';
  const KEY = 'cop-studio-host-secret';
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('secret');
  if (fromFragment) {
    sessionStorage.setItem(KEY, fromFragment);
    history.replaceState(null, '', location.pathname + location.search);
  }
  const secret = fromFragment || sessionStorage.getItem(KEY) || '';
  const failure = (message) => ({ ok: false, error: { code: 'internal', message } });
  const invoke = async (method, payload) => {
    let response;
    try {
      response = await fetch('${HOST_PREFIX}/ipc/' + encodeURIComponent(method), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CoP-Studio-Secret': secret },
        body: JSON.stringify(payload === undefined ? {} : { payload }),
      });
    } catch {
      return failure('CoP Studio\\'s background process is not running (it was stopped or closed). Your work in this window is not saved: start CoP Studio again.');
    }
    if (!response.ok) return failure('CoP Studio refused this request (' + response.status + '). Reload the window from CoP Studio\\'s start command.');
    return response.json();
  };
  const listeners = new Set();
  const deliver = (command) => listeners.forEach((listener) => listener(command));
  const api = {};
  for (const method of ${JSON.stringify(IPC_METHOD_NAMES)}) api[method] = (request) => invoke(method, request);
  api.onMenuCommand = (listener) => {
    listeners.add(listener);
    return () => { listeners.delete(listener); };
  };
  const eventListeners = new Set();
  api.onEvent = (listener) => {
    eventListeners.add(listener);
    return () => { eventListeners.delete(listener); };
  };
  const events = new EventSource('${HOST_PREFIX}/events?secret=' + encodeURIComponent(secret));
  events.onmessage = (event) => deliver(event.data);
  events.addEventListener('app-event', (event) => {
    let parsed;
    try { parsed = JSON.parse(event.data); } catch { return; }
    eventListeners.forEach((listener) => listener(parsed));
  });
  events.addEventListener('close-window', () => window.close());
  Object.defineProperty(window, '__copStudioMenu', { value: deliver });
  Object.defineProperty(window, 'copStudio', { value: Object.freeze(api) });
})();
`;
}
