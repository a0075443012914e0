import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../shared/domain/new-workshop';
import { WorkshopSchema, type Workshop } from '../../shared/schema';
import { activity, member, outcome } from '../builders';
import { launchApp, type LaunchedApp } from './launch-app';
import { closeAppsAfterEachTest } from './app-lifecycle';
import { screenshot } from './screenshot';

closeAppsAfterEachTest();

const require = createRequire(import.meta.url);

const FULL_HD = { width: 1920, height: 1080 };

/** A workshop after the canvas steps: clustered themes, a vision statement, and a backlog with finished activities. */
function preparedWorkshop(): Workshop {
  const w = createWorkshop({ title: 'Craftsmanship CoP kick-off', community: 'Software Craftsmanship CoP', facilitator: 'Lea' });
  const zone = w.canvas.zones[0]!.id;
  w.canvas.themes.push(
    { id: 'theme-knowledge', name: 'Knowledge sharing', color: 'blue' },
    { id: 'theme-practices', name: 'Craft practices', color: 'green' },
  );
  const note = (id: string, text: string, themeId: string | null, x: number) => ({
    id,
    text,
    color: 'yellow' as const,
    author: null,
    authorMemberId: null,
    x,
    y: 40,
    width: 160,
    height: 100,
    zoneId: zone,
    themeId,
    createdAt: '2026-11-24T09:00:00Z',
  });
  w.canvas.notes.push(
    note('n1', 'Reuse other teams’ libraries', 'theme-knowledge', 20),
    note('n2', 'Brown bag lunches', 'theme-knowledge', 200),
    note('n3', 'Pair on legacy code', 'theme-practices', 380),
    note('n4', 'Less time lost on setup', null, 560),
  );
  w.canvas.visionStatement =
    'We share what we know across teams, so that everyone reuses good code and spends more time on business features.';
  w.members.push(member({ id: 'omar', name: 'Omar Haddad', team: 'Search', role: 'active', interests: ['katas'], joined: '2026-01-10' }));
  w.backlog.activities.push(
    activity({ id: 'a1', type: 'brown-bag-lunch', title: 'Brown bag: our logging library', date: '2026-01-16', effortHours: 2 }),
    activity({ id: 'a2', type: 'code-kata', title: 'Kata night: bowling game', date: '2026-02-05', effortHours: 2, ownerId: 'omar' }),
    activity({ id: 'a3', type: 'help-another-team', title: 'Help Payments with their build', date: '2026-02-20', effortHours: 2 }),
    activity({ id: 'a4', type: 'code-kata', title: 'Kata night: gilded rose', date: '2026-03-12', effortHours: 2 }),
    activity({ id: 'a5', type: 'meetup', title: 'Meetup: trunk-based development', date: '2026-04-02', effortHours: 2 }),
  );
  const done = w.backlog.columns[w.backlog.columns.length - 1]!;
  done.activityIds.push('a1', 'a2', 'a3', 'a4', 'a5');
  w.impact.outcomes.push(
    outcome({ id: 'o1', activityId: 'a1', date: '2026-01-16', attendance: 9, satisfaction: 4 }),
    outcome({ id: 'o2', activityId: 'a3', date: '2026-02-20', attendance: 4, satisfaction: 5, notes: 'Build time halved' }),
    outcome({ id: 'o3', activityId: 'a4', date: '2026-03-12', attendance: 14, satisfaction: 4 }),
  );
  return w;
}

async function openPrepared(app: LaunchedApp, workshop: Workshop): Promise<string> {
  await fs.mkdir(app.documentsDir, { recursive: true });
  const file = path.join(app.documentsDir, 'prepared.copstudio');
  await fs.writeFile(file, JSON.stringify(workshop, null, 2));
  // The app is ready (the welcome screen, with its Open button).
  await expect.poll(() => app.page.getByRole('button', { name: 'Open workshop…' }).count()).toBe(1);
  app.answerNextDialog(file);
  await app.page.getByRole('button', { name: 'Open workshop…' }).click();
  await expect.poll(() => app.page.getByRole('textbox', { name: 'Workshop title' }).inputValue()).toBe(workshop.meta.title);
  return file;
}

const show = (page: Page, view: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click();

async function addMember(page: Page, fields: { name: string; team: string; role: string; interests?: string }) {
  await page.getByRole('button', { name: 'Add member', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(fields.name);
  await dialog.getByRole('textbox', { name: 'Team' }).fill(fields.team);
  await dialog.getByRole('combobox', { name: 'Role' }).selectOption({ label: fields.role });
  if (fields.interests) await dialog.getByRole('textbox', { name: 'Interests' }).fill(fields.interests);
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  // The keyboard focus goes back to the button that opened the dialog.
  const opener = page.getByRole('button', { name: 'Add member', exact: true });
  await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
}

async function recordMeasurement(page: Page, indicator: string, date: string, value: string, note = '') {
  const form = page.getByRole('form', { name: `Record a measurement of ${indicator}` });
  await form.getByLabel('Date').fill(date);
  await form.getByRole('textbox', { name: /^Value/ }).fill(value);
  await form.getByRole('textbox', { name: 'Note' }).fill(note);
  await form.getByRole('button', { name: 'Record measurement' }).click();
  await expect.poll(() => form.getByRole('textbox', { name: /^Value/ }).inputValue()).toBe('');
}

describe('people, goals, sponsors and impact', () => {
  test('members, a goal from a canvas theme, three measurements on a chart, a granted ask — all in the saved file', async () => {
    const app = await launchApp({ viewport: FULL_HD });
    const { page } = app;
    await openPrepared(app, preparedWorkshop());

    // People: members with roles, check-in, a participant added on the fly, search.
    await show(page, 'People');
    await addMember(page, { name: 'Ana Lima', team: 'Payments', role: 'Core', interests: 'TDD, legacy code' });
    await addMember(page, { name: 'Ben Okafor', team: 'Mobile', role: 'Active', interests: 'testing' });
    await addMember(page, { name: 'Carla Gomez', team: 'Engineering management', role: 'Sponsor' });
    await expect.poll(() => page.getByRole('heading', { name: 'Core members (1)' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Active members (2)' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Sponsors (1)' }).count()).toBe(1);
    await page.getByRole('checkbox', { name: 'Ana Lima is present at this workshop' }).check();
    await page.getByRole('checkbox', { name: 'Ben Okafor is present at this workshop' }).check();
    const quickAdd = page.getByRole('form', { name: 'Add a participant on the fly' });
    await quickAdd.getByRole('textbox', { name: 'New participant’s name' }).fill('Dev Patel');
    await quickAdd.getByRole('textbox', { name: 'Their team' }).fill('Data');
    await quickAdd.getByRole('button', { name: 'Add participant' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Occasional members (1)' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Dev Patel is present at this workshop' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByText('3 of 5 present').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search members' }).fill('payments');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'match' }).textContent()).toBe('1 of 5 members match “payments”.');
    await expect.poll(() => page.getByRole('heading', { name: 'Core members (1 of 1)' }).count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search members' }).fill('');
    await screenshot(page, 'people-1920x1080');

    // Goals: a goal from a canvas theme, its why, and a measurable objective.
    await show(page, 'Goals');
    await page.getByRole('button', { name: 'New goal from canvas theme…' }).click();
    const fromCanvas = page.getByRole('dialog', { name: 'New goal from the canvas' });
    await fromCanvas.getByRole('radio', { name: /^Knowledge sharing/ }).check();
    await screenshot(page, 'goal-from-canvas-dialog-1920x1080');
    await fromCanvas.getByRole('button', { name: 'Make this a goal' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Knowledge sharing' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Edit goal Knowledge sharing' }).click();
    const goalDialog = page.getByRole('dialog', { name: 'Edit goal' });
    await goalDialog.getByRole('textbox', { name: 'Goal' }).fill('Reuse each other’s libraries');
    await goalDialog
      .getByRole('textbox', { name: 'Why it matters' })
      .fill('By sharing knowledge we reuse other teams’ libraries and save time for business features.');
    await goalDialog.getByRole('button', { name: 'Save goal' }).click();
    const goal = page.getByRole('article', { name: 'Reuse each other’s libraries' });
    await expect.poll(() => goal.getByText('Theme: Knowledge sharing').count()).toBe(1);
    await goal.getByRole('button', { name: 'Add objective to Reuse each other’s libraries' }).click();
    const objectiveDialog = page.getByRole('dialog', { name: /^New objective/ });
    await objectiveDialog.getByRole('textbox', { name: 'Indicator' }).fill('Libraries reused from other teams');
    await objectiveDialog.getByRole('textbox', { name: 'Unit' }).fill('libraries');
    await objectiveDialog.getByRole('textbox', { name: 'Baseline' }).fill('2');
    await objectiveDialog.getByRole('textbox', { name: 'Target' }).fill('10');
    await objectiveDialog.getByLabel('Due date').fill('2026-12-31');
    await objectiveDialog.getByRole('button', { name: 'Add objective' }).click();
    await expect.poll(() => goal.getByRole('rowheader', { name: 'Libraries reused from other teams' }).count()).toBe(1);
    await expect.poll(() => goal.getByText('Not measured yet').count()).toBe(1);

    // Impact: three measurements, then the chart and its table.
    await show(page, 'Impact');
    const indicator = 'Libraries reused from other teams';
    await recordMeasurement(page, indicator, '2026-03-01', '3');
    await recordMeasurement(page, indicator, '2026-06-01', '5');
    await recordMeasurement(page, indicator, '2026-09-01', '7', 'Logging and retry libraries adopted by Payments');
    const chart = page.getByRole('figure', { name: indicator });
    await expect.poll(() => chart.getByRole('img').count()).toBe(1);
    await expect
      .poll(() => chart.getByText(/3 measurements/).textContent())
      // ICU versions abbreviate September as "Sept" or "Sep".
      .toMatch(/^3 measurements from 1 Mar 2026 to 1 Sept? 2026\. Latest 7 libraries: 63 % of the way from 2 libraries to 10 libraries\.$/);
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await expect.poll(() => chart.getByRole('row').count()).toBe(4);
    await expect.poll(() => chart.getByRole('row', { name: /1 Jun 2026 5 libraries 38 %/ }).count()).toBe(1);
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await expect.poll(() => chart.getByRole('img').count()).toBe(1);

    // An outcome of a done activity.
    await page.getByRole('button', { name: 'Record outcome of Kata night: bowling game' }).click();
    const outcome = page.getByRole('dialog', { name: 'Outcome of “Kata night: bowling game”' });
    await outcome.getByRole('textbox', { name: 'Attendance' }).fill('11');
    await outcome.getByRole('combobox', { name: 'Satisfaction' }).selectOption('5');
    await outcome.getByRole('button', { name: 'Save outcome' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Kata night: bowling game Code kata 5 Feb 2026 11 5 \/ 5/ }).count()).toBe(1);
    await expect
      .poll(() =>
        page
          .getByRole('figure', { name: 'Attendance over time' })
          .getByText(/^4 activities with attendance/)
          .count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByRole('figure', { name: 'Activities done per month' }).getByRole('img').count()).toBe(1);
    await page.getByRole('heading', { name: 'Impact', level: 1 }).scrollIntoViewIfNeeded();
    await screenshot(page, 'impact-1920x1080');
    await app.menu('view.theme.dark');
    await screenshot(page, 'impact-dark-1920x1080');
    await app.menu('view.theme.high-contrast');
    await screenshot(page, 'impact-high-contrast-1920x1080');
    await app.menu('view.theme.light');

    // Back on the goal: the latest progress.
    await show(page, 'Goals');
    await expect
      .poll(() => page.getByRole('progressbar', { name: `Progress of ${indicator}` }).getAttribute('aria-valuetext'))
      .toBe('63 % of the way to the target');
    await screenshot(page, 'goals-1920x1080');

    // Sponsors: an ask, moved to granted, and the pitch.
    await show(page, 'Sponsors');
    await page.getByRole('button', { name: 'New ask' }).click();
    const askDialog = page.getByRole('dialog', { name: 'New sponsor ask' });
    await askDialog.getByRole('textbox', { name: 'What we ask for' }).fill('Time for katas and brown bag lunches');
    await askDialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Dedicated time' });
    await askDialog.getByRole('combobox', { name: 'Sponsor' }).selectOption({ label: 'Carla Gomez (Engineering management)' });
    await askDialog.getByRole('textbox', { name: 'Amount' }).fill('2');
    await askDialog.getByRole('textbox', { name: 'Unit' }).fill('h per person per month');
    await askDialog.getByRole('checkbox', { name: 'Reuse each other’s libraries' }).check();
    await askDialog.getByRole('button', { name: 'Add ask' }).click();
    const status = page.getByRole('combobox', { name: 'Status of Time for katas and brown bag lunches' });
    await expect.poll(() => status.inputValue()).toBe('draft');
    await status.selectOption({ label: 'Asked' });
    await status.selectOption({ label: 'Granted' });
    const ask = page.getByRole('article', { name: 'Time for katas and brown bag lunches' });
    await expect.poll(() => ask.getByText('Decided on').count()).toBe(1);
    await expect.poll(() => ask.getByText('Carla Gomez, Engineering management').count()).toBe(1);
    await screenshot(page, 'sponsors-1920x1080');
    await page.getByRole('button', { name: 'Show pitch' }).click();
    const pitch = page.getByRole('article', { name: 'Why it matters, and what we need' });
    await expect.poll(() => pitch.getByText('2 h per person per month').count()).toBe(1);
    await expect.poll(() => pitch.getByText('Granted').count()).toBe(1);
    await expect.poll(() => pitch.getByRole('heading', { name: 'Reuse each other’s libraries' }).count()).toBe(1);
    await screenshot(page, 'pitch-1920x1080');
    await page.keyboard.press('Escape');
    await expect.poll(() => pitch.count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: 'Sponsor asks' }).count()).toBe(1);

    // Everything is in the saved file.
    const saved = path.join(app.documentsDir, 'story.copstudio');
    app.answerNextDialog(saved);
    await page.getByRole('button', { name: 'Save as…' }).click();
    // The opened file was already "Saved": wait for the new file itself.
    await expect
      .poll(() =>
        fs.readFile(saved, 'utf8').then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toBe('Saved');
    // The opened file was already "Saved" (autosave): wait for the new file itself.
    await expect
      .poll(() =>
        fs.stat(saved).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    const file = JSON.parse(await fs.readFile(saved, 'utf8')) as Workshop;
    expect(WorkshopSchema.safeParse(file).success).toBe(true);
    const byName = (name: string) => file.members.find((m) => m.name === name)!;
    expect(file.members.map((m) => [m.name, m.role]).sort()).toEqual([
      ['Ana Lima', 'core'],
      ['Ben Okafor', 'active'],
      ['Carla Gomez', 'sponsor'],
      ['Dev Patel', 'occasional'],
      ['Omar Haddad', 'active'],
    ]);
    expect(byName('Ana Lima').interests).toEqual(['TDD', 'legacy code']);
    expect(file.meta.participantIds.sort()).toEqual([byName('Ana Lima').id, byName('Ben Okafor').id, byName('Dev Patel').id].sort());
    expect(file.goals).toHaveLength(1);
    const savedGoal = file.goals[0]!;
    expect(savedGoal).toMatchObject({
      title: 'Reuse each other’s libraries',
      themeIds: ['theme-knowledge'],
      source: { kind: 'theme', id: 'theme-knowledge' },
    });
    expect(savedGoal.objectives).toEqual([
      { id: expect.any(String), indicator, unit: 'libraries', baseline: 2, target: 10, dueDate: '2026-12-31' },
    ]);
    const objectiveId = savedGoal.objectives[0]!.id;
    expect(file.impact.measurements.map((m) => [m.objectiveId, m.date, m.value])).toEqual([
      [objectiveId, '2026-03-01', 3],
      [objectiveId, '2026-06-01', 5],
      [objectiveId, '2026-09-01', 7],
    ]);
    expect(file.impact.outcomes.find((o) => o.activityId === 'a2')).toMatchObject({ attendance: 11, satisfaction: 5, date: '2026-02-05' });
    expect(file.sponsorAsks).toEqual([
      expect.objectContaining({
        kind: 'dedicated-time',
        what: 'Time for katas and brown bag lunches',
        amount: 2,
        unit: 'h per person per month',
        sponsorId: byName('Carla Gomez').id,
        goalIds: [savedGoal.id],
        status: 'granted',
      }),
    ]);
    expect(file.sponsorAsks[0]!.askedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.sponsorAsks[0]!.decidedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  test('deleting a linked member or goal asks first, cleans every reference, and can be undone', async () => {
    const app = await launchApp({ viewport: FULL_HD });
    const { page } = app;
    const prepared = preparedWorkshop();
    prepared.goals.push({ id: 'g1', title: 'Reuse libraries', why: '', themeIds: ['theme-knowledge'], objectives: [], source: null });
    prepared.backlog.activities.find((a) => a.id === 'a2')!.goalIds.push('g1');
    prepared.sponsorAsks.push({
      id: 'ask1',
      kind: 'budget',
      what: 'Conference tickets',
      amount: 1500,
      unit: 'EUR',
      sponsorId: 'omar',
      goalIds: ['g1'],
      status: 'asked',
      askedOn: '2026-02-01',
      decidedOn: null,
      notes: '',
    });
    await openPrepared(app, prepared);

    await show(page, 'People');
    // Edit: Omar becomes a core member, in one undo step.
    await page.getByRole('button', { name: 'Edit Omar Haddad' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Omar Haddad' });
    await edit.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Core' });
    await edit.getByRole('textbox', { name: 'Interests' }).fill('katas, mob programming');
    await edit.getByRole('button', { name: 'Save member' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Core members (1)' }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('list', { name: 'Interests of Omar Haddad' }).getByRole('listitem').allTextContents())
      .toEqual(['katas', 'mob programming']);
    await page.getByRole('heading', { name: 'People', level: 1 }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('heading', { name: 'Active members (1)' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Core members (0)' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Delete Omar Haddad' }).click();
    const confirmMember = page.getByRole('dialog', { name: 'Delete Omar Haddad?' });
    await expect
      .poll(() => confirmMember.getByRole('listitem').allTextContents())
      .toEqual(['1 sponsor ask loses its sponsor.', '1 activity loses its owner.']);
    await confirmMember.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Omar Haddad' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete Omar Haddad' }).click();
    await confirmMember.getByRole('button', { name: 'Delete member' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Omar Haddad' }).count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Omar Haddad' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete Omar Haddad' }).click();
    await confirmMember.getByRole('button', { name: 'Delete member' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Omar Haddad' }).count()).toBe(0);

    await show(page, 'Goals');
    const goal = page.getByRole('article', { name: 'Reuse libraries' });
    await expect
      .poll(() => goal.getByRole('list', { name: 'Activities for Reuse libraries' }).getByRole('listitem').allTextContents())
      .toEqual(['Kata night: bowling game — Code kata, Done']);
    await goal.getByRole('button', { name: 'Delete goal Reuse libraries' }).click();
    const confirmGoal = page.getByRole('dialog', { name: 'Delete goal “Reuse libraries”?' });
    await expect
      .poll(() => confirmGoal.getByRole('listitem').allTextContents())
      .toEqual(['1 activity is unlinked from it.', '1 sponsor ask is unlinked from it.']);
    await confirmGoal.getByRole('button', { name: 'Delete goal' }).click();
    await expect.poll(() => goal.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => goal.count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => goal.count()).toBe(0);

    const saved = path.join(app.documentsDir, 'cleaned.copstudio');
    app.answerNextDialog(saved);
    await page.getByRole('button', { name: 'Save as…' }).click();
    // The opened file was already "Saved": wait for the new file itself.
    await expect
      .poll(() =>
        fs.readFile(saved, 'utf8').then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toBe('Saved');
    // The opened file was already "Saved" (autosave): wait for the new file itself.
    await expect
      .poll(() =>
        fs.stat(saved).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    const file = JSON.parse(await fs.readFile(saved, 'utf8')) as Workshop;
    expect(WorkshopSchema.safeParse(file).success).toBe(true);
    expect(file.members.some((m) => m.id === 'omar')).toBe(false);
    expect(file.goals).toEqual([]);
    expect(file.sponsorAsks[0]).toMatchObject({ sponsorId: null, goalIds: [] });
    expect(file.backlog.activities.find((a) => a.id === 'a2')).toMatchObject({ ownerId: null, goalIds: [] });
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('accessibility of the people, goals, sponsors and impact views', () => {
  test('axe finds no serious or critical violation in any of the four views, in every theme', async () => {
    const app = await launchApp({ viewport: FULL_HD });
    const { page } = app;
    const prepared = preparedWorkshop();
    prepared.members.push(member({ id: 'carla', name: 'Carla Gomez', team: 'Management', role: 'sponsor' }));
    prepared.goals.push({
      id: 'g1',
      title: 'Reuse libraries',
      why: 'Save time for business features.',
      themeIds: ['theme-knowledge'],
      source: null,
      objectives: [{ id: 'ob1', indicator: 'Libraries reused', unit: '', baseline: 20, target: 5, dueDate: '2026-12-31' }],
    });
    prepared.impact.measurements.push(
      { id: 'me1', objectiveId: 'ob1', date: '2026-02-01', value: 18, note: '' },
      { id: 'me2', objectiveId: 'ob1', date: '2026-04-01', value: 12, note: '' },
    );
    prepared.sponsorAsks.push({
      id: 'ask1',
      kind: 'room',
      what: 'A room every other Friday',
      amount: 2,
      unit: 'h per month',
      sponsorId: 'carla',
      goalIds: ['g1'],
      status: 'asked',
      askedOn: '2026-02-01',
      decidedOn: null,
      notes: '',
    });
    await openPrepared(app, prepared);
    const axeSource = await fs.readFile(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const violations = async () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                context: unknown,
                options: unknown,
              ) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document.querySelector('main'), { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      await app.menu(`view.theme.${theme}`);
      for (const view of ['People', 'Goals', 'Sponsors', 'Impact']) {
        await show(page, view);
        await expect.poll(() => page.getByRole('main').getAttribute('aria-label')).toBe(view);
        expect([theme, view, await violations()]).toEqual([theme, view, []]);
      }
      await page.keyboard.press('Alt+P');
      await expect.poll(() => page.getByRole('heading', { name: 'Why it matters, and what we need' }).count()).toBe(1);
      expect([theme, 'pitch', await violations()]).toEqual([theme, 'pitch', []]);
      await page.keyboard.press('Alt+P');
      await expect.poll(() => page.getByRole('heading', { name: 'Sponsor asks' }).count()).toBe(1);
    }
    await app.menu('view.theme.dark');
    await page.getByRole('button', { name: 'Show pitch' }).click();
    await screenshot(page, 'pitch-dark-1920x1080');
    await page.getByRole('button', { name: 'Back to asks' }).click();
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
