import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { createMainServices } from '../../../electron/main-services';
import { OpenFileWatcher } from '../../../electron/services/file-watch';
import { fsError, nodeFs, type FsPort } from '../../../electron/services/fs-port';
import { SETTINGS_FILE_NAME, type KeyValueStore } from '../../../electron/services/settings';
import { WorkshopStorage } from '../../../electron/services/workshop-storage';
import { serializeWorkshop } from '../../../electron/services/workshop-files';
import { dispatch } from '../../../electron/ipc/dispatch';
import { DialogQueue } from '../../e2e/dialog-queue';
import { mainProcess } from '../../harness/main-process';

const titleOf = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')).meta.title as string;

async function openedFile(name: string) {
  const main = await mainProcess();
  const file = path.join(main.documentsDir, name);
  const workshop = createWorkshop({ title: 'Read by the app' });
  await fs.mkdir(main.documentsDir, { recursive: true });
  await fs.writeFile(file, serializeWorkshop(workshop));
  expect((await main.open(file)).ok).toBe(true);
  return { main, file, workshop, retitled: (title: string) => ({ ...workshop, meta: { ...workshop.meta, title } }) };
}

describe('a file changed on disk since it was read is never silently overwritten', () => {
  test('the save is refused with a typed conflict, and the other version is kept as a backup', async () => {
    const { main, file, retitled } = await openedFile('shared.copstudio');
    await fs.writeFile(file, serializeWorkshop(retitled('A colleague’s version')));
    const result = await main.call('saveWorkshop', { path: file, workshop: retitled('My version') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('conflict');
    expect(result.error.conflict).toEqual({ path: file, backupId: expect.stringMatching(/-changed-elsewhere-[0-9a-f]{12}\.copstudio$/) });
    expect(await titleOf(file)).toBe('A colleague’s version');
    const backups = await main.call('listBackups', { path: file });
    expect(backups.ok && backups.value.map((b) => b.kind)).toContain('changed-elsewhere');
    const backupPath = path.join(main.services.storage.backups.folderOf(file), result.error.conflict!.backupId!);
    expect(await titleOf(backupPath)).toBe('A colleague’s version');

    // "Keep mine": written, and the colleague's version is still in the backups.
    expect((await main.call('saveWorkshop', { path: file, workshop: retitled('My version'), overwriteChanged: true })).ok).toBe(true);
    expect(await titleOf(file)).toBe('My version');
    expect(await titleOf(backupPath)).toBe('A colleague’s version');
    // From then on, our own saves are not conflicts.
    expect((await main.call('saveWorkshop', { path: file, workshop: retitled('My next version') })).ok).toBe(true);
  });

  test('a touch without a change (same bytes, new mtime) is not a conflict', async () => {
    const { main, file, retitled } = await openedFile('touched.copstudio');
    const later = new Date(Date.now() + 60_000);
    await fs.utimes(file, later, later);
    expect((await main.call('saveWorkshop', { path: file, workshop: retitled('Mine') })).ok).toBe(true);
  });

  test('two instances on one file: the second writer is told, the first writer’s version is kept', async () => {
    const first = await openedFile('two.copstudio');
    const second = await mainProcess();
    expect((await second.open(first.file)).ok).toBe(true);
    expect((await first.main.call('saveWorkshop', { path: first.file, workshop: first.retitled('First') })).ok).toBe(true);
    const late = await second.call('saveWorkshop', { path: first.file, workshop: first.retitled('Second') });
    expect(!late.ok && late.error.code).toBe('conflict');
    expect(await titleOf(first.file)).toBe('First');
  });
});

describe('the open file is watched', () => {
  test('a rename-replacing editor is noticed once; our own saves are not reported', async () => {
    const { main, file, retitled } = await openedFile('watched.copstudio');
    const storage = main.services.storage;
    const noticed: string[] = [];
    const watcher = new OpenFileWatcher({
      changed: (p) => storage.changedOnDisk(p),
      notify: (p) => noticed.push(p),
      debounceMs: 20,
      pollMs: 60_000,
    });
    watcher.watch(file);
    try {
      // Our own save: the check finds nothing to report.
      await storage.save(file, retitled('Saved by us'));
      await watcher.checkNow();
      expect(noticed).toEqual([]);
      // Another editor writes a new file and renames it over ours: the folder watch sees it.
      const temp = path.join(path.dirname(file), 'editor-temp~');
      await fs.writeFile(temp, serializeWorkshop(retitled('Saved by another editor')));
      await fs.rename(temp, file);
      await expect.poll(() => noticed, { timeout: 10_000 }).toEqual([file]);
      // Reported once, not at every later check.
      await watcher.checkNow();
      expect(noticed).toEqual([file]);
    } finally {
      watcher.stop();
    }
  });

  test('the check also runs without file-system events (network drives): a periodic stat check', async () => {
    const { main, file, retitled } = await openedFile('polled.copstudio');
    const noticed: string[] = [];
    const silentWatch = () => ({ close: () => undefined, on: () => silentWatch() as never });
    const watcher = new OpenFileWatcher({
      changed: (p) => main.services.storage.changedOnDisk(p),
      notify: (p) => noticed.push(p),
      pollMs: 50,
      debounceMs: 10,
      watch: silentWatch as never,
    });
    watcher.watch(file);
    try {
      await fs.writeFile(file, serializeWorkshop(retitled('Synced from another machine')));
      await expect.poll(() => noticed, { timeout: 10_000 }).toEqual([file]);
    } finally {
      watcher.stop();
    }
  });
});

describe('one size limit on save and open', () => {
  test('a workshop larger than the limit is not saved (so every saved file opens again)', async () => {
    const dataDir = (await mainProcess()).dataDir;
    const storage = new WorkshopStorage({ dataDir, maxFileBytes: 2000 });
    const file = path.join(dataDir, 'big.copstudio');
    const big = createWorkshop({ title: 'x'.repeat(3000) });
    await expect(storage.save(file, big, { chosenInDialog: true })).rejects.toThrow(
      'Could not save "big.copstudio": the workshop is larger than 0 MB (the most CoP Studio opens), so it was not written.',
    );
    expect(await fs.stat(file).catch(() => null)).toBeNull();
  });
});

describe('JSON Canvas import: the strict reader', () => {
  const importFile = async (file: string) => {
    const main = await mainProcess();
    main.dialogs.answerNext(file);
    return main.call('importJsonCanvasDialog');
  };

  test('a FIFO is refused at once (it would hang the import and Node’s file threads)', async () => {
    const main = await mainProcess();
    const fifo = path.join(main.dataDir, 'pipe.canvas');
    execFileSync('mkfifo', [fifo]);
    main.dialogs.answerNext(fifo);
    const result = await main.call('importJsonCanvasDialog');
    expect(!result.ok && result.error.message).toBe('Could not import "pipe.canvas": it is not a regular file.');
  }, 5_000);

  test('a link to /dev/urandom is refused at once (no unbounded read)', async () => {
    const main = await mainProcess();
    const link = path.join(main.dataDir, 'random.canvas');
    await fs.symlink('/dev/urandom', link);
    main.dialogs.answerNext(link);
    const result = await main.call('importJsonCanvasDialog');
    expect(!result.ok && result.error.message).toBe('Could not import "random.canvas": it is not a regular file.');
  }, 5_000);

  test('a legitimate file containing U+FFFD is imported', async () => {
    const main = await mainProcess();
    const file = path.join(main.dataDir, 'replacement.canvas');
    await fs.writeFile(
      file,
      JSON.stringify({ nodes: [{ id: 'a', type: 'text', x: 0, y: 0, width: 200, height: 60, text: 'Caf\uFFFD au lait' }] }),
    );
    const result = await importFile(file);
    expect(result.ok).toBe(true);
  });

  test('invalid UTF-8 is still refused as binary', async () => {
    const main = await mainProcess();
    const file = path.join(main.dataDir, 'binary.canvas');
    await fs.writeFile(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const result = await importFile(file);
    expect(!result.ok && result.error.message).toBe('Could not import "binary.canvas": it is not a text file (binary content).');
  });
});

describe('the app’s data folder full, its preferences unwritable', () => {
  test('opening works; a save that wrote the file says so, plus a clear sentence about the data folder', async () => {
    const base = await mainProcess();
    const dataDir = base.dataDir;
    const conf = new Conf({ cwd: dataDir, configName: SETTINGS_FILE_NAME, projectName: 'cop-studio', clearInvalidConfig: true });
    let full = false;
    const store: KeyValueStore = {
      get: (key) => conf.get(key),
      set: (key, value) => {
        if (full) throw fsError('ENOSPC', 'write', path.join(dataDir, 'preferences.json'));
        conf.set(key, value);
      },
    };
    // The data folder's backups and journal cannot be written either.
    const dataFs: FsPort = {
      ...nodeFs,
      open: (p, flags, mode) =>
        full && p.startsWith(dataDir + path.sep) && !p.includes('Documents') && flags === 'w'
          ? Promise.reject(fsError('ENOSPC', 'open', p))
          : nodeFs.open(p, flags, mode),
    };
    const dialogs = new DialogQueue();
    const services = createMainServices({
      appName: 'CoP Studio',
      appVersion: '0.0.0-test',
      platform: process.platform,
      dataDir,
      userDocumentsDir: path.join(dataDir, 'Documents'),
      dialogs,
      store,
      fs: dataFs,
    });
    const call = (method: string, request?: unknown) =>
      dispatch(services.handlers, method, request, 'app://cop-studio/index.html', () => true);
    const file = path.join(dataDir, 'Documents', 'full.copstudio');
    await fs.mkdir(path.dirname(file), { recursive: true });
    const workshop = createWorkshop({ title: 'Before' });
    await fs.writeFile(file, serializeWorkshop(workshop));

    full = true;
    dialogs.answerNext(file);
    const opened = (await call('openWorkshopDialog')) as { ok: boolean; value?: { notice?: string } };
    expect(opened.ok).toBe(true);
    expect(opened.value?.notice).toBe(
      "CoP Studio's own data folder could not be written (the disk is full): the recent files list was not updated.",
    );

    const saved = (await call('saveWorkshop', { path: file, workshop: { ...workshop, meta: { ...workshop.meta, title: 'After' } } })) as {
      ok: boolean;
      value?: { notice?: string };
    };
    expect(saved.ok).toBe(true);
    expect(await titleOf(file)).toBe('After');
    expect(saved.value?.notice).toContain('the recent files list was not updated');

    const prefs = (await call('setPreferences', { theme: 'dark' })) as { ok: boolean; error?: { code: string; message: string } };
    expect(prefs).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: "Your preferences could not be saved: CoP Studio's data folder could not be written (the disk is full).",
        sentence: 'preferences',
        reason: 'disk-full',
      },
    });
    services.dispose();
  });
});

describe('work restored from a recovery journal', () => {
  /** A session edits an opened file, journals the edits and ends without saving; a new session restores them. */
  async function restoredAfterCrash(changeOnDiskMeanwhile: string | null) {
    const crashed = await openedFile('journaled.copstudio');
    const edits = crashed.retitled('My unsaved edits');
    expect((await crashed.main.call('writeRecoveryJournal', { journalId: 'crashed', path: crashed.file, workshop: edits })).ok).toBe(true);
    crashed.main.services.dispose();
    if (changeOnDiskMeanwhile) await fs.writeFile(crashed.file, serializeWorkshop(crashed.retitled(changeOnDiskMeanwhile)));
    const next = await mainProcess({ dataDir: crashed.main.dataDir });
    const offered = await next.call('listRecoveredWork', { exceptJournalId: 'next' });
    expect(offered.ok && offered.value.map((w) => w.journalId)).toEqual(['crashed']);
    const restored = await next.call('readRecoveredWork', { journalId: 'crashed' });
    expect(restored.ok).toBe(true);
    return { next, file: crashed.file, edits };
  }

  test('its first save does not overwrite a version written since the edits began: conflict, other version kept', async () => {
    const { next, file, edits } = await restoredAfterCrash('A colleague’s version');
    // The watcher's check tells the person as soon as the work is restored…
    expect(await next.services.storage.changedOnDisk(file)).toBe(true);
    // …and the first save (autosave) does not write.
    const saved = await next.call('saveWorkshop', { path: file, workshop: edits });
    expect(!saved.ok && saved.error.code).toBe('conflict');
    expect(await titleOf(file)).toBe('A colleague’s version');
    const backups = await next.call('listBackups', { path: file });
    expect(backups.ok && backups.value.map((b) => b.kind)).toContain('changed-elsewhere');
  });

  test('the file unchanged since: the restored edits save normally', async () => {
    const { next, file, edits } = await restoredAfterCrash(null);
    expect(await next.services.storage.changedOnDisk(file)).toBe(false);
    expect((await next.call('saveWorkshop', { path: file, workshop: edits })).ok).toBe(true);
    expect(await titleOf(file)).toBe('My unsaved edits');
  });

  test('an older journal that does not say which version its edits began from: the first save asks', async () => {
    const main = await mainProcess();
    const file = path.join(main.documentsDir, 'old-journal.copstudio');
    await fs.mkdir(main.documentsDir, { recursive: true });
    await fs.writeFile(file, serializeWorkshop(createWorkshop({ title: 'On disk' })));
    const dir = path.join(main.dataDir, 'recovery');
    await fs.mkdir(dir, { recursive: true });
    const journal = {
      format: 'cop-studio-recovery',
      version: 1,
      savedAt: new Date().toISOString(),
      filePath: file,
      workshop: createWorkshop({ title: 'Journaled' }),
    };
    await fs.writeFile(path.join(dir, 'old.json'), JSON.stringify(journal));
    expect((await main.call('readRecoveredWork', { journalId: 'old' })).ok).toBe(true);
    const saved = await main.call('saveWorkshop', { path: file, workshop: createWorkshop({ title: 'Journaled' }) });
    expect(!saved.ok && saved.error.code).toBe('conflict');
    expect(await titleOf(file)).toBe('On disk');
  });
});

describe('two instances sharing one data folder', () => {
  test('a live instance’s recovery journal is neither offered to the other nor deleted by it', async () => {
    const first = await mainProcess();
    const second = await mainProcess({ dataDir: first.dataDir });
    const workshop = createWorkshop({ title: 'Live edits' });
    expect((await first.call('writeRecoveryJournal', { journalId: 'first-session', path: null, workshop })).ok).toBe(true);
    const offered = await second.call('listRecoveredWork', { exceptJournalId: 'second-session' });
    expect(offered.ok && offered.value).toEqual([]);
    await second.call('clearRecoveryJournal', { journalId: 'first-session' });
    expect(await fs.readdir(path.join(first.dataDir, 'recovery'))).toEqual(['first-session.json']);

    // Once the first instance is gone (closed or crashed), its work is offered.
    first.services.dispose();
    const later = await second.call('listRecoveredWork', { exceptJournalId: 'second-session' });
    expect(later.ok && later.value.map((w) => w.title)).toEqual(['Live edits']);
  });

  test('a journal of another live process is not offered; one of a process that is gone is', async () => {
    const main = await mainProcess();
    const dir = path.join(main.dataDir, 'recovery');
    await fs.mkdir(dir, { recursive: true });
    const body = (pid: number, title: string) =>
      JSON.stringify({
        format: 'cop-studio-recovery',
        version: 1,
        savedAt: new Date().toISOString(),
        filePath: null,
        workshop: createWorkshop({ title }),
        owner: { pid, instance: 'x' },
      });
    await fs.writeFile(path.join(dir, 'live.json'), body(process.ppid, 'Of a live process'));
    await fs.writeFile(path.join(dir, 'gone.json'), body(2 ** 22 + 12345, 'Of a process that is gone'));
    const listed = await main.call('listRecoveredWork', { exceptJournalId: 'me' });
    expect(listed.ok && listed.value.map((w) => w.title)).toEqual(['Of a process that is gone']);
  });
});
