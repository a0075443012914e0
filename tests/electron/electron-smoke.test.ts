import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { CopStudioApi } from '../../shared/ipc';
import { findElectronBinary } from './find-electron';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const binary = findElectronBinary(REPO_ROOT);
const reason = 'missing' in binary ? binary.missing : null;

if (reason) console.warn(`[electron smoke] skipped: ${reason}`);

describe('the packaged Electron app', () => {
  test.skipIf(reason !== null)(
    reason
      ? `starts, shows the shell and keeps Node out of the renderer — skipped: ${reason}`
      : 'starts, shows the shell and keeps Node out of the renderer',
    async () => {
      const app = await electron.launch({
        executablePath: (binary as { path: string }).path,
        args: [path.join(REPO_ROOT, 'out/main/index.js'), '--no-sandbox'],
        env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
      });
      try {
        const window = await app.firstWindow();
        await expect.poll(() => window.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Vision workshop');
        expect(await window.evaluate(() => location.protocol)).toBe('app:');
        expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
        expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
        expect(
          await window.evaluate(async () => (await (globalThis as unknown as { copStudio: CopStudioApi }).copStudio.getAppInfo()).ok),
        ).toBe(true);
      } finally {
        await app.close();
      }
    },
  );
});
