import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { translateDialogOptions, translateDialogText } from '../../../electron/dialog-language';
import { WORKSHOP_FILTERS } from '../../../electron/services/dialogs';
import { en } from '../../../shared/i18n/catalog/en';
import { translator } from '../../../shared/i18n';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const HANDLERS = path.join(ROOT, 'electron/ipc/handlers');

/** The dialog titles and file type names the main process writes, in English. */
function dialogTexts(): string[] {
  const code = [...readdirSync(HANDLERS).map((f) => path.join(HANDLERS, f)), path.join(ROOT, 'electron/services/dialogs.ts')]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const titles = [...code.matchAll(/\btitle: '([^']+)'/g)].map((m) => m[1]!);
  const fileTypes = [...code.matchAll(/\{ name: '([^']+)', extensions/g)].map((m) => m[1]!);
  return [...titles, ...fileTypes];
}

describe('the native file dialogs', () => {
  test('every title and file type the handlers write is in the catalogue', () => {
    const texts = dialogTexts();
    expect(texts.length).toBeGreaterThanOrEqual(10);
    const known = new Set<string>(Object.values(en.menu.dialog));
    expect(texts.filter((text) => !known.has(text))).toEqual([]);
  });

  test('speak the interface language, and English as it was', () => {
    const fr = translator('fr');
    const request = { title: 'Save workshop as', defaultPath: '/tmp/a.copstudio', filters: WORKSHOP_FILTERS };
    expect(translateDialogOptions(request, fr)).toEqual({
      title: 'Enregistrer l’atelier sous',
      defaultPath: '/tmp/a.copstudio',
      filters: [{ name: 'Atelier CoP Studio', extensions: ['copstudio'] }],
    });
    expect(translateDialogOptions(request, translator('en'))).toEqual(request);
    expect(translateDialogText('Export summary as PDF', fr)).toBe('Exporter la synthèse en PDF');
    expect(translateDialogText('Something new', fr)).toBe('Something new');
  });

  test('the in-app file chooser’s places (browser host) are in the catalogue too, so the window shows them in its language', () => {
    const code = ['hosts/browser/browser-host.ts', 'electron/services/file-chooser.ts']
      .map((file) => readFileSync(path.join(ROOT, file), 'utf8'))
      .join('\n');
    const places = [...code.matchAll(/\{ label: '([^']+)', path/g)].map((m) => m[1]!);
    expect(places.length).toBeGreaterThanOrEqual(4);
    const known = new Set<string>(Object.values(en.menu.dialog));
    expect(places.filter((text) => !known.has(text))).toEqual([]);
    expect(places.map((place) => translateDialogText(place, translator('fr')))).toEqual([
      'Documents CoP Studio',
      'Documents',
      'Dossier personnel',
      'Dossier personnel',
    ]);
  });
});
