import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { mainProcess } from '../../harness/main-process';

/** A file saved once through the app (so the app knows it), then edited again. */
async function savedOnce(name: string) {
  const main = await mainProcess();
  const file = path.join(main.documentsDir, name);
  const workshop = createWorkshop({ title: 'First' });
  main.dialogs.answerNext(file);
  expect((await main.call('saveWorkshopAs', { workshop, suggestedName: 'x' })).ok).toBe(true);
  const edited = { ...workshop, meta: { ...workshop.meta, title: 'Edited' } };
  return { main, file, edited };
}

const titleOf = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')).meta.title as string;
const modeOf = async (file: string) => (await fs.stat(file)).mode & 0o777;

describe('a save keeps the file’s attributes', () => {
  test('a read-only file is refused with a clear message, and left as it was', async () => {
    const { main, file, edited } = await savedOnce('locked.copstudio');
    await fs.chmod(file, 0o444);
    const before = await fs.readFile(file, 'utf8');
    const result = await main.call('saveWorkshop', { path: file, workshop: edited });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: 'Could not save "locked.copstudio": the file is read-only.',
        sentence: 'save',
        fileName: 'locked.copstudio',
        reason: 'read-only-file',
      },
    });
    expect(await fs.readFile(file, 'utf8')).toBe(before);
    expect(await modeOf(file)).toBe(0o444);
    // The edits are not lost: the journal takes them, and Save As elsewhere works.
    expect((await main.call('writeRecoveryJournal', { journalId: 'ro', path: file, workshop: edited })).ok).toBe(true);
  });

  test('a private 0600 file stays 0600, and so do its backups', async () => {
    const { main, file, edited } = await savedOnce('private.copstudio');
    await fs.chmod(file, 0o600);
    expect((await main.call('saveWorkshop', { path: file, workshop: edited })).ok).toBe(true);
    expect(await titleOf(file)).toBe('Edited');
    expect(await modeOf(file)).toBe(0o600);
    const backups = await main.call('listBackups', { path: file });
    expect(backups.ok && backups.value.length).toBeGreaterThan(0);
    const folder = main.services.storage.backups.folderOf(file);
    for (const backup of backups.ok ? backups.value : []) expect(await modeOf(path.join(folder, backup.id))).toBe(0o600);
  });

  test('a symbolic link: its target is written, the link stays a link', async () => {
    const main = await mainProcess();
    const realDir = path.join(main.dataDir, 'real');
    await fs.mkdir(realDir, { recursive: true });
    await fs.mkdir(main.documentsDir, { recursive: true });
    const target = path.join(realDir, 'target.copstudio');
    const link = path.join(main.documentsDir, 'link.copstudio');
    const workshop = createWorkshop({ title: 'Through a link' });
    await fs.writeFile(target, `${JSON.stringify(workshop, null, 2)}\n`);
    await fs.symlink(target, link);
    expect((await main.open(link)).ok).toBe(true);
    const edited = { ...workshop, meta: { ...workshop.meta, title: 'Edited through the link' } };
    expect((await main.call('saveWorkshop', { path: link, workshop: edited })).ok).toBe(true);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(link)).toBe(target);
    expect(await titleOf(target)).toBe('Edited through the link');
    // No temp file left next to the target or the link.
    expect(await fs.readdir(realDir)).toEqual(['target.copstudio']);
  });

  test('a hard-linked file is refused with a clear message (saving would separate the links)', async () => {
    const { main, file, edited } = await savedOnce('linked.copstudio');
    const other = path.join(main.dataDir, 'other-name.copstudio');
    await fs.link(file, other);
    const result = await main.call('saveWorkshop', { path: file, workshop: edited });
    expect(!result.ok && result.error.message).toBe(
      'Could not save "linked.copstudio": the file has 1 other hard link(s), which saving would separate from it (they would keep the old version).',
    );
    expect((await fs.stat(file)).nlink).toBe(2);
    expect(await titleOf(other)).toBe('First');
  });
});

describe('a folder that vanished is not recreated', () => {
  test('the workshop’s folder renamed while open: autosave fails with a clear message, nothing is recreated', async () => {
    const main = await mainProcess();
    const folder = path.join(main.dataDir, 'Shared drive', 'Workshops');
    const file = path.join(folder, 'moving.copstudio');
    const workshop = createWorkshop();
    main.dialogs.answerNext(file);
    expect((await main.call('saveWorkshopAs', { workshop, suggestedName: 'x' })).ok).toBe(true);
    await fs.rename(path.join(main.dataDir, 'Shared drive'), path.join(main.dataDir, 'Renamed drive'));
    const result = await main.call('saveWorkshop', { path: file, workshop });
    expect(!result.ok && result.error.message).toBe(
      'Could not save "moving.copstudio": its folder no longer exists (moved, renamed or unmounted?).',
    );
    expect(await fs.stat(path.join(main.dataDir, 'Shared drive')).catch(() => null)).toBeNull();
  });
});

describe('Save As', () => {
  test('an upper-case extension typed in the dialog is not doubled', async () => {
    const main = await mainProcess();
    const chosen = path.join(main.documentsDir, 'Workshop.COPSTUDIO');
    main.dialogs.answerNext(chosen);
    const result = await main.call('saveWorkshopAs', { workshop: createWorkshop(), suggestedName: 'Workshop' });
    expect(result.ok && result.value?.path).toBe(chosen);
    expect(await fs.readdir(main.documentsDir)).toEqual(['Workshop.COPSTUDIO']);
  });
});
