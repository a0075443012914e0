import Conf from 'conf';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { dispatch, senderFromOrigin } from '../../../electron/ipc/dispatch';
import { createMainServices } from '../../../electron/main-services';
import type { WindowPort } from '../../../electron/services/window-port';

function callerWith(window?: WindowPort) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cop-window-'));
  const { handlers } = createMainServices({
    appName: 'CoP Studio',
    appVersion: '0.0.0-test',
    platform: 'linux',
    dataDir,
    userDocumentsDir: path.join(dataDir, 'Documents'),
    dialogs: { showOpenDialog: async () => null, showSaveDialog: async () => null },
    store: new Conf({ cwd: dataDir, configName: 'preferences', projectName: 'cop-studio' }),
    window,
  });
  return (payload: unknown) =>
    dispatch(handlers, 'setFullScreen', payload, 'app://cop-studio/index.html', senderFromOrigin('app://cop-studio'));
}

describe('setFullScreen (projector mode)', () => {
  test('reaches the window port with the requested state', async () => {
    const requests: boolean[] = [];
    const call = callerWith({
      setFullScreen: async (fullScreen) => {
        requests.push(fullScreen);
        return { supported: true, fullScreen };
      },
    });
    expect(await call({ fullScreen: true })).toEqual({ ok: true, value: { supported: true, fullScreen: true } });
    expect(await call({ fullScreen: false })).toEqual({ ok: true, value: { supported: true, fullScreen: false } });
    expect(requests).toEqual([true, false]);
  });

  test('without a native window (the browser harness) it says so, and the renderer uses the Fullscreen API', async () => {
    expect(await callerWith()({ fullScreen: true })).toEqual({ ok: true, value: { supported: false, fullScreen: false } });
  });

  test('refuses a malformed request', async () => {
    const result = await callerWith()({ fullScreen: 'yes' });
    expect(result.ok).toBe(false);
    expect(await callerWith()({ fullScreen: true, extra: 1 })).toMatchObject({ ok: false });
  });
});
