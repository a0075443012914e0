import Conf from 'conf';
import { mkdtempSync, promises as fs, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { dispatch, senderFromOrigin } from '../../../electron/ipc/dispatch';
import { createMainServices } from '../../../electron/main-services';
import type { PdfRenderOptions } from '../../../electron/services/pdf-engine';
import type { ExportedFile, ImportedJsonCanvas, IpcResult } from '../../../shared/ipc';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

function setUp() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cop-export-'));
  const answers: (string | null)[] = [];
  const printed: { html: string; options: PdfRenderOptions }[] = [];
  const opened: string[] = [];
  const suggested: string[] = [];
  const { handlers } = createMainServices({
    appName: 'CoP Studio',
    appVersion: '0.0.0-test',
    platform: 'linux',
    dataDir,
    userDocumentsDir: path.join(dataDir, 'Documents'),
    dialogs: {
      showOpenDialog: async () => answers.shift() ?? null,
      showSaveDialog: async (request) => (suggested.push(path.basename(request.defaultPath ?? '')), answers.shift() ?? null),
    },
    store: new Conf({ cwd: dataDir, configName: 'preferences', projectName: 'cop-studio' }),
    pdfEngine: {
      renderPdf: async (html, options) => {
        printed.push({ html, options });
        return new TextEncoder().encode('%PDF-1.4 fake');
      },
    },
    opener: { openPath: async (p) => (opened.push(p), '') },
  });
  const call = <T = unknown>(method: string, payload?: unknown) =>
    dispatch(handlers, method, payload, 'app://cop-studio/index.html', senderFromOrigin('app://cop-studio')) as Promise<IpcResult<T>>;
  return { dataDir, answers, printed, opened, suggested, call };
}

describe('export through IPC', () => {
  test('PDF: asks where, prints the summary HTML with its page size and running footer, writes the file', async () => {
    const { dataDir, answers, printed, call } = setUp();
    const target = path.join(dataDir, 'out', 'kickoff');
    answers.push(target);
    const result = await call('exportSummaryPdf', { workshop: realisticWorkshop(), suggestedName: 'Kick-off', pageSize: 'Letter' });
    expect(result).toEqual({ ok: true, value: { path: `${target}.pdf`, bytes: 13 } });
    expect(await fs.readFile(`${target}.pdf`, 'utf8')).toBe('%PDF-1.4 fake');
    expect(printed[0]!.options.pageSize).toBe('Letter');
    expect(printed[0]!.html).toContain('counter(pages)');
    expect(printed[0]!.html).toContain('size: Letter;');
    expect(printed[0]!.html).toContain('<h2>Themes ranked by votes</h2>');
    expect(readdirSync(path.dirname(target)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('Cancel writes nothing and answers null', async () => {
    const { answers, printed, call } = setUp();
    answers.push(null);
    expect(await call('exportSummaryMarkdown', { workshop: realisticWorkshop(), suggestedName: 'x' })).toEqual({ ok: true, value: null });
    expect(printed).toEqual([]);
  });

  test('Markdown and JSON Canvas land where chosen, with their extension', async () => {
    const { dataDir, answers, call } = setUp();
    answers.push(path.join(dataDir, 'summary.md'), path.join(dataDir, 'board'));
    const md = await call<ExportedFile | null>('exportSummaryMarkdown', { workshop: realisticWorkshop(), suggestedName: 'x' });
    const canvas = await call<ExportedFile | null>('exportJsonCanvas', { workshop: realisticWorkshop(), suggestedName: 'x' });
    expect(md.ok && md.value?.path).toBe(path.join(dataDir, 'summary.md'));
    expect(canvas.ok && canvas.value?.path).toBe(path.join(dataDir, 'board.canvas'));
    expect(await fs.readFile(path.join(dataDir, 'summary.md'), 'utf8')).toMatch(/^# Software Craftsmanship CoP/);
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'board.canvas'), 'utf8')).nodes.length).toBeGreaterThan(20);
  });

  test('only a file exported in this session can be opened', async () => {
    const { dataDir, answers, opened, call } = setUp();
    const refused = await call('openExportedFile', { path: '/etc/passwd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    answers.push(path.join(dataDir, 'summary.md'));
    await call('exportSummaryMarkdown', { workshop: realisticWorkshop(), suggestedName: 'x' });
    expect(await call('openExportedFile', { path: path.join(dataDir, 'summary.md') })).toEqual({ ok: true, value: undefined });
    expect(opened).toEqual([path.join(dataDir, 'summary.md')]);
  });

  test('importing a malformed .canvas says why, in a sentence with the file name', async () => {
    const { dataDir, answers, call } = setUp();
    const bad = path.join(dataDir, 'broken.canvas');
    await fs.writeFile(bad, '{"nodes": [{"id": "a", "type": "text", "x": 0}]}');
    answers.push(bad);
    const result = await call('importJsonCanvasDialog');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(!result.ok && result.error.message).toMatch(
      /^Could not import "broken\.canvas": it is not a valid JSON Canvas file \(nodes\[0\]\.y: y must be a number/,
    );
  });

  test('importing an exported canvas gives a new workshop with its notes', async () => {
    const { dataDir, answers, call } = setUp();
    const file = path.join(dataDir, 'board.canvas');
    answers.push(file, file);
    await call('exportJsonCanvas', { workshop: realisticWorkshop(), suggestedName: 'x' });
    const result = await call<ImportedJsonCanvas | null>('importJsonCanvasDialog');
    expect(result.ok).toBe(true);
    if (!result.ok || !result.value) throw new Error('import failed');
    expect(result.value.fileName).toBe('board.canvas');
    expect(result.value.workshop.meta.title).toBe('board');
    expect(result.value.workshop.canvas.notes.length).toBe(realisticWorkshop().canvas.notes.length);
  });

  test('the summary is written, and the file named, in the workshop’s summary language', async () => {
    const { dataDir, answers, printed, suggested, call } = setUp();
    const french = realisticWorkshop();
    french.meta.language = 'fr';
    answers.push(path.join(dataDir, 'fr'), null, null, null);
    expect((await call('exportSummaryPdf', { workshop: french, suggestedName: 'Lancement', pageSize: 'A4' })).ok).toBe(true);
    await call('exportSummaryPdf', { workshop: french, suggestedName: '', pageSize: 'A4', scope: 'brief' });
    await call('exportSummaryMarkdown', { workshop: french, suggestedName: 'Lancement' });
    await call('exportJsonCanvas', { workshop: french, suggestedName: 'Lancement' });
    expect(suggested).toEqual([
      'Lancement synthèse.pdf',
      'Atelier note au sponsor.pdf',
      'Lancement synthèse.md',
      'Lancement canevas.canvas',
    ]);
    expect(printed[0]!.html).toContain('<h2>Thèmes classés par votes</h2>');
    expect(printed[0]!.html).toContain('<html lang="fr">');
    answers.push(null);
    await call('exportSummaryPdf', { workshop: realisticWorkshop(), suggestedName: 'Kick-off', pageSize: 'A4', scope: 'brief' });
    expect(suggested.at(-1)).toBe('Kick-off sponsor brief.pdf');
  });
});
