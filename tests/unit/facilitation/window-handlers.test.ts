import { describe, expect, test } from 'vitest';
import type { WindowPort } from '../../../electron/services/window-port';
import { mainProcess } from '../../harness/main-process';

async function callerWith(window?: WindowPort) {
  const main = await mainProcess({ window });
  return (payload: unknown) => main.callRaw('setFullScreen', payload);
}

describe('setFullScreen (projector mode)', () => {
  test('reaches the window port with the requested state', async () => {
    const requests: boolean[] = [];
    const call = await callerWith({
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
    expect(await (await callerWith())({ fullScreen: true })).toEqual({ ok: true, value: { supported: false, fullScreen: false } });
  });

  test('refuses a malformed request', async () => {
    const result = await (await callerWith())({ fullScreen: 'yes' });
    expect(result.ok).toBe(false);
    expect(await (await callerWith())({ fullScreen: true, extra: 1 })).toMatchObject({ ok: false });
  });
});
