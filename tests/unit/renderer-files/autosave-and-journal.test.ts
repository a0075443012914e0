import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CopStudioApi } from '../../../shared/ipc';

/**
 * The renderer's autosave and recovery-journal timing, with fake timers and a fake `window.copStudio` that
 * records calls. (The E2E tests prove the same flows end to end; here the debounce, blur and ordering are exact.)
 */
const calls: { method: string; title?: string }[] = [];
const fakeWindow = Object.assign(new EventTarget(), {
  copStudio: new Proxy({} as CopStudioApi, {
    get: (_target, method: string) => async (request?: { workshop?: { meta: { title: string } }; path?: string }) => {
      calls.push({ method, title: request?.workshop?.meta.title });
      if (method === 'saveWorkshop') return { ok: true, value: { path: request!.path, savedAt: new Date().toISOString() } };
      return { ok: true, value: null };
    },
  }),
});
(globalThis as unknown as { window: unknown }).window = fakeWindow;

const { useWorkshopStore } = await import('../../../renderer/store/workshop-store');
const { useFileStore } = await import('../../../renderer/files/file-store');
const { startAutosave, AUTOSAVE_DELAY_MS } = await import('../../../renderer/files/autosave');
const { startRecoveryJournal, JOURNAL_DELAY_MS } = await import('../../../renderer/files/recovery-journal');
const { usePersistenceStore } = await import('../../../renderer/files/persistence-store');
const { useFilesUiStore } = await import('../../../renderer/files/files-ui-store');

const rename = (title: string) => useWorkshopStore.getState().change('Rename workshop', (w) => void (w.meta.title = title));
const methods = () => calls.map((c) => c.method);
const settle = async (ms: number) => {
  await vi.advanceTimersByTimeAsync(ms);
};

let stops: (() => void)[] = [];
beforeAll(() => vi.useFakeTimers());
beforeEach(() => {
  calls.length = 0;
  // Each test starts from fresh stores: none depends on what the one before left (a journal, a file).
  for (const store of [useWorkshopStore, useFileStore, useFilesUiStore, usePersistenceStore]) store.getState().reset();
  stops = [startAutosave(), startRecoveryJournal()];
});
afterEach(() => stops.forEach((stop) => stop()));

describe('autosave', () => {
  test('saves once, about a second after the last of several quick changes', async () => {
    useFileStore.getState().setOpened('/docs/a.copstudio', useWorkshopStore.getState().revision);
    rename('a');
    await settle(600);
    rename('ab');
    await settle(600);
    rename('abc');
    await settle(AUTOSAVE_DELAY_MS - 10);
    expect(methods().filter((m) => m === 'saveWorkshop')).toEqual([]);
    await settle(20);
    expect(calls.filter((c) => c.method === 'saveWorkshop')).toEqual([{ method: 'saveWorkshop', title: 'abc' }]);
    expect(useFileStore.getState().status.kind).toBe('saved');
    expect(useWorkshopStore.getState().revision).toBe(useFileStore.getState().savedRevision);
  });

  test('saves at once when the window loses focus', async () => {
    useFileStore.getState().setOpened('/docs/a.copstudio', useWorkshopStore.getState().revision);
    rename('blurred');
    fakeWindow.dispatchEvent(new Event('blur'));
    await settle(0);
    expect(calls.filter((c) => c.method === 'saveWorkshop')).toEqual([{ method: 'saveWorkshop', title: 'blurred' }]);
  });

  test('a never-saved workshop is not autosaved (it has no file), but it is journaled', async () => {
    useFileStore.getState().setOpened(null, useWorkshopStore.getState().revision);
    await settle(0);
    rename('no file yet');
    await settle(JOURNAL_DELAY_MS);
    expect(calls).toEqual([{ method: 'writeRecoveryJournal', title: 'no file yet' }]);
    await settle(AUTOSAVE_DELAY_MS * 3);
    expect(methods()).not.toContain('saveWorkshop');
  });
});

describe('the recovery journal', () => {
  test('journals unsaved edits within half a second, then clears them once saved', async () => {
    useFileStore.getState().setOpened(null, useWorkshopStore.getState().revision);
    rename('never saved');
    await settle(JOURNAL_DELAY_MS);
    expect(methods()).toEqual(['writeRecoveryJournal']);
    calls.length = 0;
    // Opening a file (clean) clears the journal of the never-saved edits.
    useFileStore.getState().setOpened('/docs/a.copstudio', useWorkshopStore.getState().revision);
    await settle(0);
    expect(methods()).toEqual(['clearRecoveryJournal']);
    calls.length = 0;
    rename('journaled');
    await settle(JOURNAL_DELAY_MS);
    expect(methods()).toEqual(['writeRecoveryJournal']);
    await settle(AUTOSAVE_DELAY_MS);
    expect(methods()).toEqual(['writeRecoveryJournal', 'saveWorkshop', 'clearRecoveryJournal']);
    await settle(AUTOSAVE_DELAY_MS * 3);
    expect(methods()).toHaveLength(3);
  });
});
