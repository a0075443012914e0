import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { InAppFileChooser } from '../../../electron/services/file-chooser';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { translator } from '../../../shared/i18n';
import { IpcFailure, ipcErrorText, type IpcError, type IpcResult } from '../../../shared/ipc';
import { projectWorkshop } from '../../../shared/room/projection';
import { mainProcess, tempDataDir } from '../../harness/main-process';
import { englishLeft } from './english-left';

const fr = translator('fr');
const en = translator('en');

/** The error as the window shows it in French: worded from a sentence of the catalogue, with no English left. */
function expectFrench(error: IpcError | undefined): string {
  expect(error, 'an error').toBeDefined();
  expect(error!.sentence, `"${error!.message}" has no sentence of the errors catalogue`).toBeDefined();
  const text = ipcErrorText(error!, fr);
  expect(englishLeft(text, ipcErrorText(error!, en))).toBeNull();
  expect(error!.message, 'message is the English of the same sentence').toBe(ipcErrorText(error!, en));
  return text;
}

const errorOf = (result: IpcResult<unknown>): IpcError | undefined => (result.ok ? undefined : result.error);

async function failureOf(promise: Promise<unknown>): Promise<IpcError | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(IpcFailure);
    return (error as IpcFailure).error;
  }
}

describe('errors the main process writes reach the window in its language (issue 15)', () => {
  test('the in-app file chooser (browser host): every refusal is a sentence of the catalogue', async () => {
    const dir = await tempDataDir();
    await fs.writeFile(path.join(dir, 'notes.txt'), 'x');
    const chooser = new InAppFileChooser(
      () => undefined,
      () => [{ label: 'Home', path: dir }],
    );

    expect(expectFrench(await failureOf(chooser.list(dir)))).toBe(
      'Aucun sélecteur de fichiers n’est ouvert : aucun dossier ne peut donc être affiché.',
    );
    void chooser.showOpenDialog({
      title: 'Open workshop',
      defaultPath: dir,
      filters: [{ name: 'CoP Studio workshop', extensions: ['copstudio'] }],
    });
    const id = chooser.current()!.id;
    expect(expectFrench(await failureOf(chooser.list(path.join(dir, 'gone'))))).toMatch(/^Le dossier « .*gone » ne peut pas être lu : /);
    expect(expectFrench(await failureOf(chooser.answer('another', null)))).toBe('Ce sélecteur de fichiers n’est plus ouvert.');
    expect(expectFrench(await failureOf(chooser.answer(id, path.join(dir, 'absent.copstudio'))))).toBe(
      '« absent.copstudio » n’est pas un fichier qui peut être ouvert.',
    );
    expect(expectFrench(await failureOf(chooser.answer(id, path.join(dir, 'notes.txt'))))).toBe(
      '« notes.txt » n’est pas un fichier .copstudio.',
    );
    await chooser.answer(id, null);

    void chooser.showSaveDialog({ title: 'Save workshop as', defaultPath: dir, filters: [] });
    const save = chooser.current()!.id;
    expect(expectFrench(await failureOf(chooser.answer(save, path.join(dir, 'gone', 'a.copstudio'))))).toMatch(
      /^Le dossier « .*gone » n’existe pas\.$/,
    );
    await chooser.answer(save, null);
  });

  test('a host with system dialogs refuses the chooser methods, in French', async () => {
    const main = await mainProcess();
    expect(expectFrench(errorOf(await main.call('listChooserFolder', { path: main.dataDir })))).toBe(
      'Cette fenêtre utilise les boîtes de dialogue du système pour choisir les fichiers.',
    );
  });

  test('the room: not open, and an address that is not this computer’s', async () => {
    const main = await mainProcess();
    expect(expectFrench(errorOf(await main.call('roomSetLocked', { locked: true })))).toBe('La salle n’est pas ouverte.');
    const projection = projectWorkshop(createWorkshop({ title: 'Atelier', now: new Date('2026-12-01T09:00:00Z') }), {
      lastAppliedOp: 0,
      privateWriting: true,
    });
    const opened = await main.call('roomOpen', { address: '203.0.113.77', autoAccept: false, projection });
    expect(expectFrench(errorOf(opened))).toBe(
      'La salle n’a pas pu être ouverte : l’adresse 203.0.113.77 n’est pas une des adresses réseau de cet ordinateur.',
    );
    await main.services.dispose();
  });

  test('the PDF engine: none in this build, and one that fails', async () => {
    const workshop = createWorkshop({ title: 'Atelier', now: new Date('2026-12-01T09:00:00Z') });
    const none = await mainProcess();
    none.dialogs.answerNext(path.join(none.dataDir, 'a.pdf'));
    expect(expectFrench(errorOf(await none.call('exportSummaryPdf', { workshop, suggestedName: 'Atelier', pageSize: 'A4' })))).toBe(
      'Cette version de CoP Studio n’a pas de moteur PDF.',
    );
    const failing = await mainProcess({ pdfEngine: { renderPdf: () => Promise.reject(new Error('Target closed')) } });
    failing.dialogs.answerNext(path.join(failing.dataDir, 'a.pdf'));
    const error = errorOf(await failing.call('exportSummaryPdf', { workshop, suggestedName: 'Atelier', pageSize: 'A4' }));
    expect(error).toMatchObject({ sentence: 'pdf', reason: 'detail', values: { detail: 'Target closed' } });
    // The engine's own words are the system's (a detail); the sentence around them is French.
    expect(ipcErrorText(error!, fr)).toBe('Le PDF n’a pas pu être créé : Target closed.');
  });

  test('the example workshop that cannot be read is told in French', async () => {
    const dir = await tempDataDir();
    const main = await mainProcess({ exampleWorkshopPath: path.join(dir, 'missing.copstudio') });
    const text = ipcErrorText(errorOf(await main.call('openExampleWorkshop', { language: 'fr' }))!, fr);
    expect(text).toMatch(/^L’atelier d’exemple n’a pas pu être ouvert\. Impossible d’ouvrir « missing\.fr\.copstudio » : /);
    expect(englishLeft(text)).toBeNull();
  });
});
