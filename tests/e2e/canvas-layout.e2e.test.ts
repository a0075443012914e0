import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import type { Workshop } from '../../shared/schema';
import { realisticWorkshop } from '../fixtures/realistic-workshop';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const note = (page: Page, text: string) =>
  page.getByRole('button', { name: new RegExp(`^Note: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
const board = (page: Page) => page.getByRole('region', { name: 'Canvas board' });
const box = async (page: Page) => JSON.stringify(await board(page).boundingBox());

async function openWorkshop(viewport: { width: number; height: number }, w: Workshop): Promise<LaunchedApp> {
  const app = await launchApp({ viewport });
  const file = path.join(app.documentsDir, 'layout.copstudio');
  await fs.mkdir(app.documentsDir, { recursive: true });
  await fs.writeFile(file, serializeWorkshop(w));
  app.answerNextDialog(file);
  await app.page.getByRole('button', { name: 'Open workshop…' }).click();
  await expect.poll(() => app.page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(w.meta.title);
  await app.page.keyboard.press('Alt+1');
  await expect.poll(() => board(app.page).count()).toBe(1);
  return app;
}

describe('the canvas in edit mode at 1024 px: the board never moves', () => {
  test('selecting, deselecting, editing a note and typing the vision statement keep the board where it is', async () => {
    const app = await openWorkshop({ width: 1024, height: 768 }, realisticWorkshop());
    const { page } = app;
    const toolbar = page.getByRole('toolbar', { name: 'Canvas' });
    const start = await box(page);
    const toolbarHeight = (await toolbar.boundingBox())!.height;
    await note(page, 'Weekly code kata').click();
    await expect.poll(() => page.getByText('1 selected').count()).toBe(1);
    expect(await box(page), 'after selecting one note').toBe(start);
    await note(page, 'Monthly brown bag lunch').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByText('2 selected').count()).toBe(1);
    expect(await box(page), 'after selecting two notes').toBe(start);
    expect((await toolbar.boundingBox())!.height, 'the toolbar keeps its height').toBe(toolbarHeight);
    await page.keyboard.press('Escape');
    await note(page, 'Weekly code kata').focus();
    await page.keyboard.press('F2');
    await expect.poll(() => page.getByRole('textbox', { name: /Text of the note|Note text/ }).count()).toBeGreaterThan(0);
    expect(await box(page), 'while editing a note').toBe(start);
    await page.keyboard.press('Escape');
    await board(page).click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.getByText('No selection').count()).toBe(1);
    expect(await box(page), 'after deselecting').toBe(start);

    // The vision statement: several lines, the whole text visible while typing; the board stays.
    const vision = page.getByRole('textbox', { name: 'Vision statement' });
    await vision.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('A third line, so that the statement is longer than the field’s resting height.');
    await expect.poll(() => vision.evaluate((el) => el.scrollHeight <= el.clientHeight + 2)).toBe(true);
    expect(await box(page), 'while typing the vision statement').toBe(start);
    await screenshot(page, 'canvas-vision-open-1024x768');
    await page.keyboard.press('Tab');
    expect(await box(page), 'after the vision statement').toBe(start);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('a double-click makes the note exactly where it was made, in the zone aimed at', async () => {
    const app = await openWorkshop({ width: 1024, height: 768 }, realisticWorkshop());
    const { page } = app;
    // A note is selected first: the first click of the double-click deselects it (this used to move the board).
    await note(page, 'Weekly code kata').click();
    const zone = page.getByRole('region', { name: 'Risks' });
    const zoneBox = (await zone.boundingBox())!;
    const target = { x: zoneBox.x + zoneBox.width - 40, y: zoneBox.y + zoneBox.height - 25 };
    const before = await page.getByRole('button', { name: /^Note: / }).count();
    await page.mouse.dblclick(target.x, target.y);
    await expect.poll(() => page.getByRole('button', { name: /^Note: / }).count()).toBe(before + 1);
    await page.keyboard.press('Escape');
    const created = page
      .getByRole('button', { name: /^Note: / })
      .filter({ hasNotText: /\S{2,}/ })
      .last();
    const names = await page
      .getByRole('button', { name: /^Note: / })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const newName = names.find((n) => /^Note: (Empty note|)[ ,.]/.test(n)) ?? names[names.length - 1]!;
    expect(newName).toContain('in Risks');
    const created2 = page.getByRole('button', { name: newName, exact: true });
    const b = (await created2.boundingBox())!;
    expect(Math.abs(b.x + b.width / 2 - target.x), 'centred where double-clicked (x)').toBeLessThan(3);
    expect(Math.abs(b.y + b.height / 2 - target.y), 'centred where double-clicked (y)').toBeLessThan(3);
    void created;
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('a long note ends with an ellipsis, shows its whole text when selected, and can be resized to fit', async () => {
    const app = await openWorkshop({ width: 1280, height: 800 }, realisticWorkshop());
    const { page } = app;
    const long = note(page, 'A reading group');
    const text = long.locator('.note-face__text');
    await expect.poll(() => text.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(true);
    expect(await text.evaluate((el) => getComputedStyle(el).webkitLineClamp)).not.toBe('none');
    await long.click();
    await expect.poll(() => text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

    // Resized from the keyboard (Alt+arrows) and fitted to its text with a double-click on its corner.
    const height = async () => (await long.boundingBox())!.height;
    const before = await height();
    await long.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(height).toBeGreaterThan(before);
    await long.click();
    await long.locator('.note__resize').dblclick();
    await board(page).click({ position: { x: 5, y: 5 } });
    await expect.poll(() => long.getAttribute('aria-pressed')).toBe('false');
    expect(await long.evaluate((el) => el.matches(':focus-visible'))).toBe(false);
    await expect.poll(() => text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('a very long note', () => {
  test('lays out only what its lines show until selected; its accessible name keeps the whole text', async () => {
    const w = realisticWorkshop();
    const long = `Long note ${'we pair across teams and share what we learn '.repeat(44)}THE END`;
    expect(long.length).toBeGreaterThan(1_900);
    expect(long.length).toBeLessThanOrEqual(2_000);
    w.canvas.notes[0]!.text = long;
    const app = await openWorkshop({ width: 1280, height: 800 }, w);
    try {
      const { page } = app;
      const card = note(page, 'Long note');
      const text = card.locator('.note-face__text');
      // Not selected: the start of the text, clamped with an ellipsis; not the whole text.
      const shown = (await text.textContent())!;
      expect(long.startsWith(shown.slice(0, -1))).toBe(true);
      expect(shown.endsWith('…')).toBe(true);
      expect(shown.length).toBeLessThan(long.length / 4);
      expect(await text.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(true);
      expect(await card.getAttribute('aria-label')).toContain('THE END');
      // Selected: the whole text.
      await card.click();
      await expect.poll(() => text.textContent()).toBe(long);
      await board(page).click({ position: { x: 5, y: 5 } });
      await expect.poll(async () => (await text.textContent())!.length).toBeLessThan(long.length / 4);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the title bar at 1024 px', () => {
  test('shows the workshop title and community whole; the save status is a status and keeps the bar’s height', async () => {
    const w = realisticWorkshop();
    w.meta.community = 'Software Craftsmanship community of practice, Lyon and Nantes';
    const app = await openWorkshop({ width: 1024, height: 768 }, w);
    const { page } = app;
    for (const name of ['Workshop title', 'Community']) {
      const field = page.getByRole('textbox', { name });
      expect(
        await field.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1),
        `${name} is whole`,
      ).toBe(true);
    }
    const status = page.getByRole('status', { name: 'Save status' });
    expect(await status.evaluate((el) => el.tagName)).not.toBe('BUTTON');
    expect(await status.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
    const bar = page.getByRole('banner').first();
    const height = (await bar.boundingBox())!.height;
    const before = await status.textContent();
    await note(page, 'Weekly code kata').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => status.textContent()).not.toBe(before);
    expect((await bar.boundingBox())!.height).toBe(height);
    await screenshot(page, 'title-bar-1024x768');
    await app.close();
  });
});

describe('one tally: the counts the room saw are the counts printed', () => {
  test('vote through the UI, reveal, export PDF and Markdown: the same numbers on screen, in pdftotext and in the Markdown', async () => {
    const w = realisticWorkshop();
    w.canvas.votes = [];
    w.canvas.voting.revealed = false;
    w.canvas.voting.dotsPerParticipant = 3;
    const app = await openWorkshop({ width: 1280, height: 800 }, w);
    const { page } = app;
    await page.getByRole('button', { name: 'Dot vote' }).click();
    // Check-in feeds the vote: the six present members are the voters; the sponsors and the absent member are not offered.
    for (const name of ['Camille Martin', 'Ahmed Benali', 'Sofia Rossi', 'Jonas Weber', 'Mei Tanaka', 'Lucas Moreau']) {
      await expect.poll(() => page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    }
    for (const name of ['Hélène Dubois', 'Marc Lefèvre', 'Priya Nair']) expect(await page.getByRole('checkbox', { name }).count()).toBe(0);

    const voter = page.getByRole('combobox', { name: 'Who is voting' });
    const dots: Array<[string, Array<['theme' | 'note', string]>]> = [
      [
        'Camille Martin',
        [
          ['theme', 'Share knowledge across teams'],
          ['note', 'Weekly code kata'],
          ['note', 'Weekly code kata'],
        ],
      ],
      [
        'Ahmed Benali',
        [
          ['note', 'Stop reinventing the same libraries in every team'],
          ['theme', 'Protected time'],
          ['note', 'Invite the QA guild'],
        ],
      ],
      [
        'Sofia Rossi',
        [
          ['theme', 'Practise together regularly'],
          ['note', 'Help another team for a day'],
          ['theme', 'Share knowledge across teams'],
        ],
      ],
    ];
    for (const [name, targets] of dots) {
      await voter.selectOption({ label: name });
      for (const [kind, label] of targets) {
        if (kind === 'theme') await page.getByRole('button', { name: `Add dot to theme ${label}` }).click();
        else await note(page, label).click();
      }
      await expect.poll(() => page.getByRole('status', { name: 'Dots left' }).textContent()).toBe(`${name}: 0 of 3 dots left`);
    }
    await page.getByRole('button', { name: 'Reveal votes' }).click();
    const onScreen = await page.getByRole('list', { name: 'Themes by votes' }).getByRole('listitem').allTextContents();
    const screenCounts = onScreen.map((t) => {
      const m = /^(.*) — (\d+) dots?$/.exec(t)!;
      return [m[1]!, Number(m[2])] as const;
    });
    // Share: 2 on the theme + 1 on "Stop reinventing…" + 1 on "Help another team…"; Practise: 1 + 2 on "Weekly code kata".
    expect(screenCounts).toEqual([
      ['Share knowledge across teams', 4],
      ['Practise together regularly', 3],
      ['Protected time', 1],
      ['Code quality we are proud of', 0],
    ]);

    // The projector's results show the same.
    // (The current step is the wrap-up; the facilitator switches surfaces back to the dot vote with Shift+S.)
    await page.keyboard.press('F5');
    await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe('Agenda');
    for (const surface of ['Impact', 'Sponsor ask', 'Backlog', 'Goals', 'Vision statement', 'Dot vote']) {
      await page.keyboard.press('Shift+S');
      await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe(surface);
    }
    await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe('Dot vote');
    const results = await page.getByRole('list', { name: 'Ranked results' }).getByRole('listitem').allTextContents();
    for (const [name, n] of screenCounts.filter(([, n]) => n > 0)) {
      expect(
        results.some((r) => r.includes(name) && r.includes(`${n} ${n === 1 ? 'dot' : 'dots'}`)),
        `${name} on the projector`,
      ).toBe(true);
    }
    await page.keyboard.press('Escape');

    const finished = page.getByRole('status', { name: 'Export finished' });
    const pdf = path.join(app.documentsDir, 'tally.pdf');
    app.answerNextDialog(pdf);
    await app.menu('export.pdf.a4');
    await expect.poll(() => finished.textContent(), { timeout: 30_000 }).toContain('tally.pdf');
    const md = path.join(app.documentsDir, 'tally.md');
    app.answerNextDialog(md);
    await app.menu('export.markdown');
    await expect.poll(() => finished.textContent()).toContain('tally.md');
    const markdown = await fs.readFile(md, 'utf8');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const themesText = text.slice(text.indexOf('Themes ranked by votes'));
    let previous = -1;
    for (const [i, [name, n]] of screenCounts.entries()) {
      const votes = `${n} ${n === 1 ? 'vote' : 'votes'}`;
      expect(markdown, `Markdown, top themes: ${name}`).toContain(`${i + 1}. ${name} — **${votes}**`);
      expect(markdown, `Markdown, themes ranked: ${name}`).toContain(`| ${i + 1} | ${name} | ${n} |`);
      // The PDF's ranked table: rank, theme, votes, notes.
      const at = themesText.indexOf(`${i + 1} ${name} ${n} `);
      expect(at, `PDF: “${i + 1} ${name} ${n}”`).toBeGreaterThan(previous);
      previous = at;
    }
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
