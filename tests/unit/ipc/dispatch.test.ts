import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { dispatch, senderFromOrigin } from '../../../electron/ipc/dispatch';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { IPC_CONTRACT, IPC_DOMAINS, IPC_METHOD_NAMES } from '../../../shared/ipc';
import { mainProcess } from '../../harness/main-process';

async function setUp() {
  const main = await mainProcess({ platform: 'linux' });
  const answers = { push: (...paths: (string | null)[]) => paths.forEach((p) => main.dialogs.answerNext(p)) };
  return { dataDir: main.dataDir, answers, call: main.callRaw, callFrom: main.callFrom, handlers: main.services.handlers };
}

describe('the IPC door', () => {
  test('each method is declared once, in one domain, and the handler table has exactly the declared methods', async () => {
    const declared = Object.values(IPC_DOMAINS).flatMap((domain) => Object.keys(domain));
    expect(new Set(declared).size).toBe(declared.length);
    expect(declared).toEqual(IPC_METHOD_NAMES);
    expect(Object.keys(IPC_CONTRACT)).toEqual(IPC_METHOD_NAMES);
    expect(Object.keys((await setUp()).handlers).sort()).toEqual([...IPC_METHOD_NAMES].sort());
  });

  test('refuses foreign senders before anything runs', async () => {
    const { callFrom } = await setUp();
    for (const sender of ['https://evil.example/index.html', 'file:///etc/passwd', 'app://other-host/index.html', undefined, 'not a url']) {
      expect(await callFrom(sender, 'getAppInfo')).toEqual({
        ok: false,
        error: {
          code: 'untrusted-sender',
          message: 'This request did not come from CoP Studio itself and was refused.',
          sentence: 'untrusted',
        },
      });
    }
  });

  test('refuses unknown methods and malformed payloads with readable messages', async () => {
    const { call } = await setUp();
    expect(await call('deleteEverything')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'Unknown request "deleteEverything".' },
    });
    expect(await call('setPreferences', { theme: 'neon' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-request',
        message: expect.stringMatching(/^The request "setPreferences" was malformed: theme: Invalid option/),
      },
    });
    expect(await call('setPreferences', { lastFolder: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('saveWorkshop', { path: '/tmp/x.copstudio', workshop: { schemaVersion: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call('getAppInfo', { unexpected: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  test('answers valid requests', async () => {
    const { call, dataDir } = await setUp();
    expect(await call('getAppInfo')).toMatchObject({
      ok: true,
      value: { name: 'CoP Studio', dataDir, documentsDir: path.join(dataDir, 'Documents', 'CoP Studio') },
    });
    expect(await call('setPreferences', { theme: 'dark' })).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(await call('getPreferences')).toMatchObject({ ok: true, value: { theme: 'dark', reopenLastWorkshop: true } });
  });

  test('never writes or reads a path the main process did not hand out', async () => {
    const { call, dataDir } = await setUp();
    const workshop = createWorkshop();
    const target = path.join(dataDir, 'sneaky.copstudio');
    expect(await call('saveWorkshop', { path: target, workshop })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await call('openRecentWorkshop', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  test('Save As then Save and Open go through granted paths', async () => {
    const { call, answers, dataDir } = await setUp();
    const workshop = createWorkshop({ title: 'Kick-off' });
    const target = path.join(dataDir, 'Documents', 'CoP Studio', 'kickoff');
    answers.push(target);
    const saved = await call('saveWorkshopAs', { workshop, suggestedName: 'Kick-off' });
    expect(saved).toMatchObject({ ok: true, value: { path: `${target}.copstudio` } });
    expect(await call('saveWorkshop', { path: `${target}.copstudio`, workshop })).toMatchObject({ ok: true });
    expect(await call('listRecentFiles')).toMatchObject({ ok: true, value: [{ path: `${target}.copstudio`, name: 'kickoff.copstudio' }] });
    answers.push(`${target}.copstudio`);
    expect(await call('openWorkshopDialog')).toMatchObject({
      ok: true,
      value: { workshop: { meta: { title: 'Kick-off' } }, readOnly: false },
    });
    answers.push(null);
    expect(await call('saveWorkshopAs', { workshop, suggestedName: 'x' })).toEqual({ ok: true, value: null });
  });

  test('a handler that throws becomes a typed internal error, never a raw exception', async () => {
    const trusted = senderFromOrigin('app://cop-studio');
    const table = {
      getAppInfo: async () => {
        throw new Error('boom');
      },
    } as never;
    const result = await dispatch(table, 'getAppInfo', undefined, 'app://cop-studio/', trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('boom');
  });
});
