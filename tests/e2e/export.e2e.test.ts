import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { summaryPdf } from '../../electron/services/export-files';
import { exportJsonCanvas, serializeJsonCanvas } from '../../shared/json-canvas/export-json-canvas';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { briefTitles, buildSummary } from '../../shared/summary/summary-model';
import type { PageSize } from '../../shared/summary/page-layout';
import { HOSTILE_TEXTS, largeWorkshop, realisticWorkshop } from '../fixtures/realistic-workshop';
import { sharedBrowser } from './chromium';
import { chromiumPdfEngine } from '../../hosts/browser/chromium-pdf-engine';
import { launchApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { launchWithNewWorkshop } from './welcome-helpers';
import { SCREENSHOT_DIR, screenshot } from './screenshot';

closeAppsAfterEachTest();

const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pdftext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const pagesOf = (info: string) => Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Liberation Sans: ascent 0.905 + descent 0.212 of the em, the height poppler gives a word's box. */
const LIBERATION_SANS_EM_HEIGHT = 0.905 + 0.212;
const MARGIN_TOP_PT = (16 * 72) / 25.4;

interface WordBox {
  text: string;
  yMin: number;
  yMax: number;
  height: number;
}

/** Every word of every page with its box, from `pdftotext -bbox`. */
function wordBoxes(file: string): { landscape: boolean; words: WordBox[] }[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return xhtml
    .split('<page ')
    .slice(1)
    .map((page) => ({
      landscape: Number(/width="([\d.]+)"/.exec(page)?.[1]) > Number(/height="([\d.]+)"/.exec(page)?.[1]),
      words: [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        text: m[3]!,
        yMin: Number(m[1]),
        yMax: Number(m[2]),
        height: Number(m[2]) - Number(m[1]),
      })),
    }));
}

describe('the PDF summary, read back with poppler', () => {
  let dir: string;
  const files: Partial<Record<PageSize, string>> = {};
  let large: string;
  /** The realistic workshop exported in French (French runs about 20 % longer: the layout rules must hold). */
  let french: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-pdf-'));
    const engine = chromiumPdfEngine(() => sharedBrowser());
    for (const size of ['A4', 'Letter'] as const) {
      files[size] = path.join(dir, `summary-${size}.pdf`);
      await fs.writeFile(files[size]!, await summaryPdf(realisticWorkshop({ hostile: true }), size, engine));
    }
    const frenchWorkshop = realisticWorkshop({ hostile: true });
    frenchWorkshop.meta.language = 'fr';
    french = path.join(dir, 'summary-fr-A4.pdf');
    await fs.writeFile(french, await summaryPdf(frenchWorkshop, 'A4', engine));
    large = path.join(dir, 'large.pdf');
    await fs.writeFile(large, await summaryPdf(largeWorkshop(), 'A4', engine));
  }, 120_000);

  test.each([
    ['A4', /^Page size:\s+59[45]\.9\d? x 84[12]\.\d+ pts \(A4\)/m],
    ['Letter', /^Page size:\s+612 x 792 pts \(letter\)/m],
  ] as const)('%s: right page size, several pages, tagged, no JavaScript', (size, pageSize) => {
    const info = pdfinfo(files[size]!);
    expect(info).toMatch(pageSize);
    expect(pagesOf(info)).toBeGreaterThanOrEqual(4);
    expect(info).toMatch(/^Tagged:\s+yes/m);
    expect(info).toMatch(/^JavaScript:\s+no/m);
    expect(info).toMatch(/^Title:\s+Software Craftsmanship CoP — vision workshop — summary/m);
  });

  test('has a document outline of its section titles', async () => {
    const bytes = (await fs.readFile(files.A4!)).toString('latin1');
    expect(bytes).toContain('/Outlines');
    for (const title of ['Vision', 'The ask', 'Themes ranked by votes', 'Agenda: planned and actual time'])
      expect(bytes).toContain(`/Title (${title})`);
  });

  test('every page has the running footer "Page X of Y" with the workshop title and date', () => {
    const file = files.A4!;
    const pages = pagesOf(pdfinfo(file));
    const text = pdftext(file);
    const pageTexts = text.split('\f').filter((t) => t.trim());
    expect(pageTexts.length).toBe(pages);
    pageTexts.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
      expect(page).toContain('Software Craftsmanship CoP — vision workshop · 24 Nov 2026');
    });
  });

  test('every section title and a sample of notes, goals and activities are selectable text', () => {
    const text = flat(pdftext(files.A4!));
    for (const section of buildSummary(realisticWorkshop({ hostile: true })).sections) expect(text).toContain(section.title);
    expect(text).toContain('Notes by zone');
    for (const sample of [
      'We are developers who help each other write code we are proud of.',
      'Stop reinventing the same libraries in every team',
      'Mob programming on real bugs',
      'Practise every week',
      'Duplicated internal libraries',
      '14 libraries → 7 libraries',
      'Gilded Rose kata',
      'Inventory of duplicated libraries',
      'Two hours per person per month for community activities',
      'Hélène Dubois',
      '6 min 10 s',
    ]) {
      expect(text).toContain(sample);
    }
  });

  test('hostile text prints literally', () => {
    const text = flat(pdftext(files.Letter!));
    for (const hostile of HOSTILE_TEXTS) expect(text).toContain(hostile);
    expect(text).toContain(`Reuse instead of rewrite ${HOSTILE_TEXTS[0]}`);
  });

  test('page 1 is the sponsor brief: vision, top theme with the room’s count, the ask, first activities, next session', () => {
    // -layout keeps each line of the two columns together ("Share knowledge across teams   7 votes").
    const page1 = flat(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '1', '-l', '1', files.A4!, '-'], { encoding: 'utf8' }));
    const BRIEF_TITLES = briefTitles('en');
    for (const title of [
      BRIEF_TITLES.vision,
      BRIEF_TITLES.themes,
      BRIEF_TITLES.goals,
      BRIEF_TITLES.ask,
      BRIEF_TITLES.activities,
      BRIEF_TITLES.nextSession,
    ])
      expect(page1).toContain(title);
    expect(page1).toContain('We are developers who help each other write code we are proud of.');
    expect(page1).toMatch(/Share knowledge across teams 7 votes/);
    expect(page1).toContain('14 libraries → 7 libraries');
    expect(page1).toMatch(/Asked Dedicated time 2 h per person per month/);
    expect(page1).toContain('Two hours per person per month for community activities');
    expect(page1).toContain('Gilded Rose kata');
    expect(page1).toContain('14 Jan 2027');
    expect(page1).toContain('6 participants');
    // Nothing of the appendix on page 1; the sponsor asks are printed once only.
    expect(page1).not.toContain('Notes by zone');
    expect(flat(pdftext(files.A4!)).split('Two hours per person per month for community activities').length - 1).toBe(1);
  });

  test('no glyph under 8 pt, only the embedded Liberation Sans, and no page under a third full but the last', () => {
    for (const file of [files.A4!, files.Letter!, large, french]) {
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((l) => l.trim());
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+LiberationSans(-Bold)?\s/);
      const pages = wordBoxes(file);
      pages.forEach((page, i) => {
        for (const w of page.words) {
          expect(w.height / LIBERATION_SANS_EM_HEIGHT, `"${w.text}" on page ${i + 1}`).toBeGreaterThanOrEqual(8 - 0.02);
        }
        const footerTop = Math.min(...page.words.filter((w) => w.text === 'Page').map((w) => w.yMin));
        const body = page.words.filter((w) => w.yMax < footerTop - 1);
        const used = Math.max(...body.map((w) => w.yMax)) - MARGIN_TOP_PT;
        const usable = footerTop - MARGIN_TOP_PT;
        // The landscape page is the canvas picture, scaled to fill it (its words are only zone titles and numbers).
        if (i < pages.length - 1 && !page.landscape)
          expect(used / usable, `page ${i + 1} of ${pages.length} is too empty`).toBeGreaterThan(1 / 3);
      });
    }
    // The footer is set at exactly 8 pt: the yardstick above reads it as 8.
    const footer = wordBoxes(files.A4!)[0]!.words.find((w) => w.text === 'Page')!;
    expect(footer.height / LIBERATION_SANS_EM_HEIGHT).toBeCloseTo(8, 1);
  });

  test('the canvas has its own landscape page; the sponsor brief exports alone on one page', async () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '3', files.A4!], { encoding: 'utf8' });
    expect(info).toMatch(/^Page\s+1 size:\s+59[45]\.\d+ x 84[12]\.\d+/m);
    expect(info).toMatch(/^Page\s+2 size:\s+84[12]\.\d+ x 59[45]\.\d+/m);
    expect(info).toMatch(/^Page\s+3 size:\s+59[45]\.\d+ x 84[12]\.\d+/m);
    expect(flat(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', '2', files.A4!, '-'], { encoding: 'utf8' }))).toContain(
      'The vision canvas',
    );
    const brief = path.join(dir, 'brief.pdf');
    await fs.writeFile(
      brief,
      await summaryPdf(
        realisticWorkshop(),
        'A4',
        chromiumPdfEngine(() => sharedBrowser()),
        'brief',
      ),
    );
    expect(pagesOf(pdfinfo(brief))).toBe(1);
    expect(pdfinfo(brief)).toMatch(/^Title:\s+Software Craftsmanship CoP — vision workshop — sponsor brief/m);
    expect(flat(pdftext(brief))).toContain('14 Jan 2027');
  });

  test('in French: page 1 is the sponsor brief with French headings, dates and numbers; the appendix is French too', () => {
    expect(pdfinfo(french)).toMatch(/^Title:\s+Software Craftsmanship CoP — vision workshop — synthèse/m);
    const page1 = flat(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '1', '-l', '1', french, '-'], { encoding: 'utf8' }));
    const titles = briefTitles('fr');
    for (const title of [titles.vision, titles.themes, titles.goals, titles.ask, titles.activities, titles.nextSession])
      expect(page1).toContain(title);
    expect(page1).toContain('SOFTWARE CRAFTSMANSHIP · NOTE AU SPONSOR');
    expect(page1).toContain('24 novembre 2026 · 6 participants · animé par Camille Martin');
    expect(page1).toContain('We are developers who help each other write code we are proud of.');
    expect(page1).toMatch(/Share knowledge across teams 7 votes/);
    expect(page1).toMatch(/Demandée Temps dédié/);
    expect(page1).toContain('2 h per person per month');
    expect(page1).toContain('6 000 EUR per year'); // « 6 000 » (a narrow no-break space; flat() makes it a space)
    expect(page1).toContain('14 janvier 2027');
    expect(page1).not.toContain('Notes par zone');
    const text = flat(pdftext(french));
    for (const section of buildSummary(realisticWorkshop({ hostile: true }), 'fr').sections) expect(text).toContain(section.title);
    expect(text).toContain('Notes par zone');
    const pages = pagesOf(pdfinfo(french));
    const pageTexts = pdftext(french)
      .split('\f')
      .filter((t) => t.trim());
    pageTexts.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} sur ${pages}`);
      expect(page).toContain('Software Craftsmanship CoP — vision workshop · 24 novembre 2026');
    });
  });

  test('the pages, rendered to PNG for a person to look at', async () => {
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-r', '70', '-png', files.A4!, path.join(SCREENSHOT_DIR, 'summary-a4')]);
    execFileSync('pdftoppm', ['-r', '70', '-f', '1', '-l', '1', '-png', files.Letter!, path.join(SCREENSHOT_DIR, 'summary-letter')]);
    execFileSync('pdftoppm', ['-r', '70', '-png', french, path.join(SCREENSHOT_DIR, 'summary-fr-a4')]);
    expect((await fs.readdir(SCREENSHOT_DIR)).filter((f) => f.startsWith('summary-fr-a4')).length).toBe(pagesOf(pdfinfo(french)));
    const made = (await fs.readdir(SCREENSHOT_DIR)).filter((f) => f.startsWith('summary-a4'));
    expect(made.length).toBe(pagesOf(pdfinfo(files.A4!)));
  });
});

describe('the PDF engine keeps one page warm', () => {
  const titled = (title: string) => {
    const w = realisticWorkshop();
    w.meta.title = title;
    return w;
  };
  const textOf = async (pdf: Uint8Array) => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'cop-warm-')), 'summary.pdf');
    await fs.writeFile(file, pdf);
    return flat(pdftext(file));
  };

  test('exports asked at once each print their own summary, whole', async () => {
    const engine = chromiumPdfEngine(() => sharedBrowser());
    const [first, second, third] = await Promise.all([
      summaryPdf(titled('First workshop of the quarter'), 'A4', engine),
      summaryPdf(titled('Second workshop of the quarter'), 'Letter', engine, 'brief'),
      summaryPdf(titled('Third workshop of the quarter'), 'A4', engine),
    ]);
    const texts = await Promise.all([first, second, third].map(textOf));
    expect(texts[0]).toContain('First workshop of the quarter');
    expect(texts[1]).toContain('Second workshop of the quarter');
    expect(texts[2]).toContain('Third workshop of the quarter');
    expect(texts[0]).not.toMatch(/Second workshop|Third workshop/);
    expect(texts[1]).not.toMatch(/First workshop|Third workshop/);
    expect(texts[2]).not.toMatch(/First workshop|Second workshop/);
    // The brief alone is one page; the full summaries have their appendix.
    expect(texts[1]).toContain('Page 1 of 1');
    expect(texts[0]).toMatch(/Page 7 of 7/);
  }, 120_000);

  test('a warm page that went away (closed or crashed) is replaced: the next export still works', async () => {
    const engine = chromiumPdfEngine(() => sharedBrowser());
    expect(await textOf(await summaryPdf(titled('Before the page went away'), 'A4', engine))).toContain('Before the page went away');
    for (const context of (await sharedBrowser()).contexts()) for (const page of context.pages()) await page.close();
    expect(await textOf(await summaryPdf(titled('After the page went away'), 'A4', engine))).toContain('After the page went away');
  }, 120_000);
});

describe('exporting from the app', () => {
  async function openPrepared() {
    const app = await launchApp({ viewport: { width: 1280, height: 800 } });
    const file = path.join(app.documentsDir, 'kickoff.copstudio');
    await fs.mkdir(app.documentsDir, { recursive: true });
    await fs.writeFile(file, serializeWorkshop(realisticWorkshop({ hostile: true })));
    app.answerNextDialog(file);
    await app.page.getByRole('button', { name: 'Open workshop…' }).click();
    await expect
      .poll(() => app.page.getByRole('textbox', { name: 'Workshop title' }).inputValue())
      .toBe('Software Craftsmanship CoP — vision workshop');
    return app;
  }

  test('the Export button makes a PDF that a PDF reader opens, and offers to open it', async () => {
    const app = await openPrepared();
    const { page } = app;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByRole('menu', { name: 'Export' });
    await expect.poll(() => menu.getByRole('menuitem').count()).toBe(6);
    await screenshot(page, 'export-menu');
    const pdf = path.join(app.documentsDir, 'Kick-off summary.pdf');
    app.answerNextDialog(pdf);
    await menu.getByRole('menuitem', { name: 'Export summary as PDF (A4)…' }).click();
    const finished = page.getByRole('status', { name: 'Export finished' });
    await expect.poll(() => finished.textContent(), { timeout: 30_000 }).toContain('PDF summary saved as Kick-off summary.pdf');
    expect(existsSync(pdf)).toBe(true);
    const info = pdfinfo(pdf);
    expect(pagesOf(info)).toBeGreaterThanOrEqual(4);
    expect(info).toMatch(/\(A4\)/);
    expect(flat(pdftext(pdf))).toContain(HOSTILE_TEXTS[0]);
    await screenshot(page, 'export-finished');
    await finished.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => app.openedPaths).toEqual([pdf]);

    // The sponsor brief alone: one page.
    const brief = path.join(app.documentsDir, 'Kick-off sponsor brief.pdf');
    app.answerNextDialog(brief);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Export sponsor brief as PDF (one page)…' }).click();
    await expect.poll(() => finished.textContent(), { timeout: 30_000 }).toContain('Sponsor brief saved as Kick-off sponsor brief.pdf');
    expect(pagesOf(pdfinfo(brief))).toBe(1);
    expect(flat(pdftext(brief))).toContain('The ask');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('the menu commands export Letter PDF, Markdown and JSON Canvas; Cancel writes nothing', async () => {
    const app = await openPrepared();
    const { page } = app;
    const finished = page.getByRole('status', { name: 'Export finished' });
    const letter = path.join(app.documentsDir, 'letter.pdf');
    app.answerNextDialog(letter);
    await app.menu('export.pdf.letter');
    await expect.poll(() => finished.textContent(), { timeout: 30_000 }).toContain('letter.pdf');
    expect(pdfinfo(letter)).toMatch(/612 x 792 pts \(letter\)/);

    const md = path.join(app.documentsDir, 'summary.md');
    app.answerNextDialog(md);
    await app.menu('export.markdown');
    await expect.poll(() => finished.textContent()).toContain('Markdown summary saved as summary.md');
    expect(await fs.readFile(md, 'utf8')).toContain('## Themes ranked by votes');

    const canvas = path.join(app.documentsDir, 'board');
    app.answerNextDialog(canvas);
    await app.menu('export.jsonCanvas');
    await expect.poll(() => finished.textContent()).toContain('JSON Canvas saved as board.canvas');
    expect(
      JSON.parse(await fs.readFile(`${canvas}.canvas`, 'utf8')).nodes.some((n: { text?: string }) => n.text === HOSTILE_TEXTS[1]),
    ).toBe(true);

    await finished.getByRole('button', { name: 'Dismiss export message' }).click();
    app.answerNextDialog(null);
    await app.menu('export.markdown');
    await expect.poll(() => page.getByRole('button', { name: 'Export', exact: true }).isEnabled()).toBe(true);
    expect(await finished.count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('Import JSON Canvas opens the canvas as a new workshop; a malformed file is refused with a clear message', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Vision workshop');
    const bad = path.join(app.dataDir, 'broken.canvas');
    await fs.writeFile(bad, '{"nodes": [{"id": "a", "type": "sticker"}]}');
    app.answerNextDialog(bad);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Import JSON Canvas…' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Could not import' }).textContent())
      .toContain('Could not import "broken.canvas": it is not a valid JSON Canvas file');

    const good = path.join(app.dataDir, 'Team board.canvas');
    await fs.writeFile(good, serializeJsonCanvas(exportJsonCanvas(realisticWorkshop().canvas)));
    app.answerNextDialog(good);
    await app.menu('import.jsonCanvas');
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Team board');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).textContent())
      .toContain('Imported "Team board.canvas" as a new workshop: 26 notes, 8 zones, 4 themes.');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('the Export menu works from the keyboard', async () => {
    const app = await launchWithNewWorkshop();
    const { page } = app;
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe('Vision workshop');
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Export summary as PDF (A4)…');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Export summary as PDF (Letter)…');
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Import JSON Canvas…');
    await app.menu('view.theme.high-contrast');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('high-contrast');
    await screenshot(page, 'export-menu-high-contrast');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
