import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fsError, nodeFs, type FsPort } from '../../../electron/services/fs-port';
import { MAX_JSON_CANVAS_BYTES } from '../../../electron/services/export-files';
import { en } from '../../../shared/i18n/catalog/en';
import { translator } from '../../../shared/i18n';
import { ipcErrorReason, ipcErrorText, type IpcError, type IpcErrorReason, type IpcErrorSentence } from '../../../shared/ipc';
import { mainProcess } from '../../harness/main-process';

/** The JSON Canvas import goes through the one reader of user files: bounded, strict, fault-injectable. */
describe('JSON Canvas import errors are structured and clear', () => {
  const importThrough = async (file: string, fsPort?: FsPort) => {
    const main = await mainProcess({ fs: fsPort });
    main.dialogs.answerNext(file);
    return main.call('importJsonCanvasDialog');
  };

  test('an oversized .canvas is refused before it is read whole, naming the file and the limit', async () => {
    const main = await mainProcess();
    const file = path.join(main.dataDir, 'huge.canvas');
    await fs.writeFile(file, '');
    await fs.truncate(file, MAX_JSON_CANVAS_BYTES + 1); // sparse: nothing is written to the disk
    main.dialogs.answerNext(file);
    const result = await main.call('importJsonCanvasDialog');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-file',
        message: 'Could not import "huge.canvas": it is larger than 50 MB.',
        sentence: 'import',
        fileName: 'huge.canvas',
        reason: 'too-large',
        values: { limit: '50 MB' },
      },
    });
    if (!result.ok) expect(ipcErrorText(result.error, translator('fr'))).toBe('Impossible d’importer « huge.canvas » : il dépasse 50 MB.');
  });

  test('an unreadable .canvas (permission denied, disk error: injected through the file-system port) says why', async () => {
    const main = await mainProcess();
    const file = path.join(main.dataDir, 'locked.canvas');
    await fs.writeFile(file, '{"nodes":[]}');
    for (const [code, sentence] of [
      ['EACCES', 'Could not import "locked.canvas": permission denied.'],
      ['EIO', 'Could not import "locked.canvas": the disk reported an input/output error.'],
    ] as const) {
      const faulty: FsPort = {
        ...nodeFs,
        open: (p, flags, mode) => (p === file ? Promise.reject(fsError(code, 'open', p)) : nodeFs.open(p, flags, mode)),
      };
      const result = await importThrough(file, faulty);
      expect(result).toMatchObject({ ok: false, error: { code: 'io', message: sentence, fileName: 'locked.canvas', sentence: 'import' } });
    }
  });

  test('a missing .canvas and a folder named .canvas', async () => {
    const main = await mainProcess();
    const folder = path.join(main.dataDir, 'folder.canvas');
    await fs.mkdir(folder);
    expect(await importThrough(path.join(main.dataDir, 'gone.canvas'))).toMatchObject({
      ok: false,
      error: { code: 'not-found', reason: 'not-found', message: 'Could not import "gone.canvas": the file does not exist.' },
    });
    expect(await importThrough(folder)).toMatchObject({ ok: false, error: { code: 'invalid-file', reason: 'folder' } });
  });
});

describe('every error sentence and reason, in English and French', () => {
  const values = {
    fileName: 'a.copstudio',
    limit: '50 MB',
    line: 3,
    column: 7,
    count: 2,
    method: 'saveWorkshop',
    detail: 'x',
    folder: '/tmp',
    types: '.pdf',
    address: '10.0.0.2',
  };
  const sentences = Object.keys(en.errors.sentence) as IpcErrorSentence[];
  const reasons = Object.keys(en.errors.reason) as IpcErrorReason[];

  test.each(['en', 'fr'] as const)('%s: each is worded, with every placeholder filled', (language) => {
    const t = translator(language);
    for (const sentence of sentences) {
      for (const reason of reasons) {
        const error: IpcError = { code: 'io', message: 'unused', sentence, reason, fileName: values.fileName, values };
        const text = ipcErrorText(error, t);
        expect(text, `${sentence} / ${reason}`).not.toMatch(/\{\{|\}\}|errors\./);
        expect(ipcErrorReason(error, t), reason).not.toMatch(/\{\{|errors\./);
      }
    }
  });

  test('French reads French: no English sentence left', () => {
    const t = translator('fr');
    const fr = sentences.map((sentence) =>
      ipcErrorText({ code: 'io', message: '', sentence, fileName: 'a', reason: 'disk-full', values }, t),
    );
    expect(fr.filter((text) => /Could not|was not|cannot/.test(text))).toEqual([]);
  });

  test('an error without a sentence shows the message the main process wrote', () => {
    expect(ipcErrorText({ code: 'not-allowed', message: 'The room is not open.' }, translator('fr'))).toBe('The room is not open.');
  });
});
