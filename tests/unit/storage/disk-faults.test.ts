import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { fsError, nodeFs, type FsPort } from '../../../electron/services/fs-port';
import { mainProcess } from '../../harness/main-process';

/** The real disk, except that writes under `brokenDir` fail with `code` at the given step. */
function faultyFs(brokenDir: () => string | null, code: string, step: 'open' | 'write' | 'rename'): FsPort {
  const broken = (p: string) => {
    const dir = brokenDir();
    return dir !== null && p.startsWith(dir);
  };
  return {
    ...nodeFs,
    async open(p, flags, mode) {
      if (broken(p) && flags === 'w' && step === 'open') throw fsError(code, 'open', p);
      const handle = await nodeFs.open(p, flags, mode);
      if (broken(p) && flags === 'w' && step === 'write') {
        // Disk full half-way: part of the temp file is written, then the write fails.
        const real = handle.writeFile.bind(handle);
        handle.writeFile = async (data: string | Uint8Array) => {
          await real(typeof data === 'string' ? data.slice(0, 100) : data.subarray(0, 100));
          throw fsError(code, 'write', p);
        };
      }
      return handle;
    },
    rename: (from, to) => (broken(to) && step === 'rename' ? Promise.reject(fsError(code, 'rename', to)) : nodeFs.rename(from, to)),
  };
}

const CASES = [
  ['EACCES', 'open', 'permission denied'],
  ['EROFS', 'open', 'the folder is read-only'],
  ['ENOSPC', 'write', 'the disk is full'],
  ['EROFS', 'rename', 'the folder is read-only'],
] as const;

describe('disk faults on save', () => {
  for (const [code, step, sentence] of CASES) {
    test(`${code} at ${step}: a readable message, the file and folder untouched, journal and Save As still work`, async () => {
      let brokenDir: string | null = null;
      const main = await mainProcess({ fs: faultyFs(() => brokenDir, code, step) });
      const file = path.join(main.documentsDir, 'faulty.copstudio');
      const first = createWorkshop({ title: 'First version' });
      main.dialogs.answerNext(file);
      expect((await main.call('saveWorkshopAs', { workshop: first, suggestedName: 'x' })).ok).toBe(true);
      const before = await fs.readFile(file, 'utf8');

      brokenDir = main.documentsDir;
      const edited = { ...first, meta: { ...first.meta, title: 'Edited' } };
      const result = await main.call('saveWorkshop', { path: file, workshop: edited });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'io', message: `Could not save "faulty.copstudio": ${sentence}.`, sentence: 'save', fileName: 'faulty.copstudio' },
      });
      expect(await fs.readFile(file, 'utf8')).toBe(before);
      // No temp file is left behind in the person's folder.
      expect(await fs.readdir(main.documentsDir)).toEqual(['faulty.copstudio']);

      // The edits reach the recovery journal (in the app's data folder, on a working disk).
      const journal = await main.call('writeRecoveryJournal', { journalId: 'session-1', path: file, workshop: edited });
      expect(journal.ok).toBe(true);
      const listed = await main.call('listRecoveredWork', { exceptJournalId: 'another-session' });
      expect(listed.ok && listed.value.map((w) => w.title)).toEqual(['Edited']);

      // Save As somewhere else works.
      const elsewhere = path.join(main.dataDir, 'elsewhere', 'rescued.copstudio');
      main.dialogs.answerNext(elsewhere);
      const saved = await main.call('saveWorkshopAs', { workshop: edited, suggestedName: 'Edited' });
      expect(saved.ok && saved.value?.path).toBe(elsewhere);
      expect(JSON.parse(await fs.readFile(elsewhere, 'utf8')).meta.title).toBe('Edited');
    });
  }

  test('the recovery journal on a failing disk gives a typed error, never a crash', async () => {
    let brokenDir: string | null = null;
    const main = await mainProcess({ fs: faultyFs(() => brokenDir, 'ENOSPC', 'write') });
    brokenDir = main.dataDir;
    const result = await main.call('writeRecoveryJournal', { journalId: 'session-1', path: null, workshop: createWorkshop() });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('io');
  });
});
