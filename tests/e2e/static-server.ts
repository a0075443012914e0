import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/content-security-policy';
import { resolveStaticFile } from '../../electron/security/static-files';

/**
 * Serves the built renderer on 127.0.0.1 the way the `app://` protocol handler does in Electron:
 * same file resolution, same Content-Security-Policy header.
 */
export async function serveRenderer(rootDir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer(async (request, response) => {
    const file = resolveStaticFile(`http://localhost${request.url ?? '/'}`, rootDir);
    const stat = file ? await fs.stat(file.filePath).catch(() => null) : null;
    if (!file || !stat?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': file.mimeType,
      'Content-Length': stat.size,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-store',
    });
    createReadStream(file.filePath).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
