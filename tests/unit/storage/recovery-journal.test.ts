import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { mainProcess } from '../../harness/main-process';

describe('the recovery journal', () => {
  test('journals unsaved work per session, lists other sessions’ work, and clears it', async () => {
    const main = await mainProcess();
    const workshop = createWorkshop({ title: 'Never saved' });
    expect((await main.call('writeRecoveryJournal', { journalId: 'old-session', path: null, workshop })).ok).toBe(true);
    expect(await fs.readdir(path.join(main.dataDir, 'recovery'))).toEqual(['old-session.json']);

    const listed = await main.call('listRecoveredWork', { exceptJournalId: 'new-session' });
    expect(listed.ok && listed.value).toEqual([
      { journalId: 'old-session', savedAt: expect.any(String), path: null, title: 'Never saved' },
    ]);
    const own = await main.call('listRecoveredWork', { exceptJournalId: 'old-session' });
    expect(own.ok && own.value).toEqual([]);

    const read = await main.call('readRecoveredWork', { journalId: 'old-session' });
    expect(read.ok && read.value.workshop).toEqual(workshop);

    expect((await main.call('clearRecoveryJournal', { journalId: 'old-session' })).ok).toBe(true);
    expect(await fs.readdir(path.join(main.dataDir, 'recovery'))).toEqual([]);
  });

  test('a restored journal grants its file, so the restored session can save to it', async () => {
    const first = await mainProcess();
    const file = path.join(first.documentsDir, 'kept.copstudio');
    const workshop = createWorkshop({ title: 'Saved once' });
    first.dialogs.answerNext(file);
    await first.call('saveWorkshopAs', { workshop, suggestedName: 'kept' });
    const edited = { ...workshop, meta: { ...workshop.meta, title: 'Edited after the save' } };
    await first.call('writeRecoveryJournal', { journalId: 'session-1', path: file, workshop: edited });

    const second = await mainProcess({ dataDir: first.dataDir });
    expect((await second.call('saveWorkshop', { path: file, workshop: edited })).ok).toBe(false);
    const read = await second.call('readRecoveredWork', { journalId: 'session-1' });
    expect(read.ok && read.value.path).toBe(file);
    expect((await second.call('saveWorkshop', { path: file, workshop: edited })).ok).toBe(true);
  });

  test('a journal whose work equals its file on disk is stale: deleted, not offered', async () => {
    const main = await mainProcess();
    const file = path.join(main.documentsDir, 'saved.copstudio');
    const workshop = createWorkshop();
    main.dialogs.answerNext(file);
    await main.call('saveWorkshopAs', { workshop, suggestedName: 'saved' });
    await main.call('writeRecoveryJournal', { journalId: 'ended-early', path: file, workshop });
    const listed = await main.call('listRecoveredWork', { exceptJournalId: 'me' });
    expect(listed.ok && listed.value).toEqual([]);
    expect(await fs.readdir(path.join(main.dataDir, 'recovery'))).toEqual([]);
  });

  test('refuses paths the main process did not hand out, bad ids, and skips unreadable journals', async () => {
    const main = await mainProcess();
    const workshop = createWorkshop();
    const sneaky = await main.call('writeRecoveryJournal', { journalId: 's', path: '/etc/passwd', workshop });
    expect(!sneaky.ok && sneaky.error.code).toBe('not-allowed');
    const badId = await main.call('clearRecoveryJournal', { journalId: '../preferences' });
    expect(!badId.ok && badId.error.code).toBe('invalid-request');
    await fs.mkdir(path.join(main.dataDir, 'recovery'), { recursive: true });
    await fs.writeFile(path.join(main.dataDir, 'recovery', 'broken.json'), '{"format":');
    const listed = await main.call('listRecoveredWork', { exceptJournalId: 'me' });
    expect(listed.ok && listed.value).toEqual([]);
    // Never deleted silently: a person (or support) can still look at it.
    expect(await fs.readdir(path.join(main.dataDir, 'recovery'))).toEqual(['broken.json']);
  });

  test('closeWindow closes the window (after the renderer decided)', async () => {
    const main = await mainProcess();
    expect((await main.call('closeWindow')).ok).toBe(true);
    expect(main.closedCount()).toBe(1);
  });
});
