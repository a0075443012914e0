import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { newId } from '../../../shared/domain/ids';
import { buildSummary, sectionTitle, type SummarySection } from '../../../shared/summary/summary-model';
import { renderSummaryHtml } from '../../../shared/summary/summary-html';
import { renderSummaryMarkdown } from '../../../shared/summary/summary-markdown';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

const sectionOf = <K extends SummarySection['kind']>(sections: SummarySection[], kind: K) =>
  sections.find((s): s is Extract<SummarySection, { kind: K }> => s.kind === kind);

describe('the summary model', () => {
  test('a full workshop gives the sponsor brief and every appendix section, none repeating the brief', () => {
    const summary = buildSummary(realisticWorkshop());
    expect(summary.sections.map((s) => s.kind)).toEqual(['canvas', 'themes', 'goals', 'backlog', 'members', 'impact', 'agenda']);
    expect(summary.sections.map((s) => s.title)).toEqual(summary.sections.map((s) => sectionTitle(s.kind)));
    expect(summary.titleBlock).toMatchObject({ community: 'Software Craftsmanship', facilitator: 'Camille Martin', date: '2026-11-24' });
    expect(summary.titleBlock.participants).toContain('Mei Tanaka');
  });

  test('empty sections are left out, not printed empty', () => {
    const w = createWorkshop({ now: new Date('2026-11-24T10:00:00Z') });
    w.agenda.steps = [];
    w.agenda.currentStepId = null;
    expect(buildSummary(w).sections).toEqual([]);
    w.canvas.visionStatement = '   ';
    expect(buildSummary(w).brief.vision).toBe('');
    w.canvas.visionStatement = 'We help each other.';
    expect(buildSummary(w).sections).toEqual([]);
    expect(buildSummary(w).brief.vision).toBe('We help each other.');
    const html = renderSummaryHtml(buildSummary(w), { pageSize: 'A4' });
    expect(html).toContain('Not set yet.');
    for (const kind of ['canvas', 'themes', 'goals', 'backlog', 'asks', 'members', 'impact', 'agenda'] as const) {
      expect(html).not.toContain(`>${sectionTitle(kind)}<`);
    }
  });

  test('themes are ranked by their dots plus their notes’ dots, notes by their own dots', () => {
    const themes = sectionOf(buildSummary(realisticWorkshop()).sections, 'themes')!;
    expect(themes.themes.map((t) => [t.name, t.votes])).toEqual([
      ['Share knowledge across teams', 7],
      ['Practise together regularly', 6],
      ['Code quality we are proud of', 3],
      ['Protected time', 2],
    ]);
    expect(themes.themes[0]!.notes[0]).toMatchObject({ text: 'Stop reinventing the same libraries in every team', votes: 1 });
    expect(themes.themes[1]!.notes[0]).toMatchObject({ text: 'Weekly code kata', votes: 2 });
    expect(themes.unthemed.map((n) => n.text)).toContain('Clean architecture and DDD');
    expect(themes.unthemed.find((n) => n.text === 'Invite the QA guild')!.zone).toBe('Members (who)');
    expect(themes.themes[1]!.notes[0]!.themeRank).toBe(2);
  });

  test('the sponsor brief: top themes with the room’s numbers, goals baseline → target, the ask, first activities, next session', () => {
    const summary = buildSummary(realisticWorkshop());
    const b = summary.brief;
    expect(b).toMatchObject({ community: 'Software Craftsmanship', participantCount: 6, nextSessionDate: '2027-01-14' });
    expect(b.vision).toMatch(/^We are developers/);
    expect(b.domain).toEqual(['Test-driven development', 'Refactoring legacy code safely', 'Clean architecture and DDD']);
    expect(b.topThemes.map((t) => [t.name, t.votes])).toEqual(sectionOf(summary.sections, 'themes')!.themes.map((t) => [t.name, t.votes]));
    expect(b.goals[0]!.objectives[0]).toMatchObject({ indicator: 'Duplicated internal libraries', baseline: 14, target: 7 });
    // The asks a sponsor must act on first.
    expect(b.asks.map((a) => [a.kindLabel, a.status])).toEqual([
      ['Dedicated time', 'asked'],
      ['Budget', 'draft'],
      ['Room', 'granted'],
    ]);
    expect(b.firstActivities.map((a) => [a.title, a.owner, a.date])).toEqual([
      ['Gilded Rose kata', 'Camille Martin', '2026-12-04'],
      ['Brown bag: our payment client', 'Ahmed Benali', '2026-12-11'],
      ['Help the Search team with their flaky tests', 'Mei Tanaka', '2026-12-16'],
      ['Inventory of duplicated libraries', 'Jonas Weber', null],
    ]);
  });

  test('a workshop without a next session date (a version 1 file from before the field) says so', () => {
    const w = realisticWorkshop();
    delete w.meta.nextSessionDate;
    expect(buildSummary(w).brief.nextSessionDate).toBeNull();
  });

  test('notes are numbered zone by zone, and the picture carries the same numbers', () => {
    const summary = buildSummary(realisticWorkshop());
    const canvas = sectionOf(summary.sections, 'canvas')!;
    const numbers = canvas.zones.flatMap((z) => z.notes.map((n) => n.number));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(canvas.zones[0]!.title).toBe('Purpose (why)');
    const first = canvas.zones[0]!.notes[0]!;
    expect(canvas.picture.noteNumbers[first.id]).toBe(1);
  });

  test('the canvas picture lists the themes in rank order', () => {
    const summary = buildSummary(realisticWorkshop());
    const canvas = sectionOf(summary.sections, 'canvas')!;
    expect(canvas.picture.themes.map((t) => t.name)).toEqual(sectionOf(summary.sections, 'themes')!.themes.map((t) => t.name));
  });

  test('objectives show baseline → target with the latest measurement and the progress toward the target', () => {
    const goals = sectionOf(buildSummary(realisticWorkshop()).sections, 'goals')!;
    const duplicated = goals.goals[0]!.objectives[0]!;
    expect(duplicated).toMatchObject({ baseline: 14, target: 7, latest: { date: '2027-02-17', value: 10 } });
    expect(duplicated.progress).toBeCloseTo(4 / 7);
    expect(goals.goals[0]!.objectives[1]!.latest).toBeNull();
    expect(goals.goals[0]!.themes).toEqual(['Share knowledge across teams']);
  });

  test('backlog by column, members by role, charts only where measurements exist', () => {
    const sections = buildSummary(realisticWorkshop()).sections;
    expect(sectionOf(sections, 'backlog')!.columns.map((c) => [c.title, c.activities.length])).toEqual([
      ['Ideas', 3],
      ['Next', 3],
      ['In progress', 1],
      ['Done', 2],
    ]);
    const kata = sectionOf(sections, 'backlog')!.columns[1]!.activities[0]!;
    expect(kata).toMatchObject({
      title: 'Gilded Rose kata',
      owner: 'Camille Martin',
      typeLabel: 'Code kata',
      goals: ['Practise every week'],
    });
    expect(sectionOf(sections, 'members')!.members).toMatchObject({ total: 9, presentCount: 6 });
    expect(sectionOf(sections, 'members')!.members.groups.map((g) => [g.role, g.members.length])).toEqual([
      ['core', 2],
      ['active', 3],
      ['occasional', 2],
      ['sponsor', 2],
    ]);
    expect(sectionOf(sections, 'impact')!.charts.map((c) => [c.objective.indicator, c.points.length])).toEqual([
      ['Duplicated internal libraries', 4],
      ['People at a kata or brown bag each month', 3],
    ]);
  });

  test('the agenda shows planned against actual only for the steps that ran, and says when the timer was not used', () => {
    const w = realisticWorkshop();
    const agenda = sectionOf(buildSummary(w).sections, 'agenda')!;
    expect(agenda.steps[0]).toMatchObject({ title: 'Check-in', plannedSeconds: 300, actualSeconds: 370 });
    expect(agenda.steps.map((s) => s.title)).not.toContain('Wrap-up & export');
    expect(agenda).toMatchObject({ stepCount: 9, plannedSeconds: 80 * 60 });
    expect(renderSummaryHtml(buildSummary(w), { pageSize: 'A4' })).toContain(
      'Only the 8 steps run with the timer are shown; 1 step was not timed.',
    );
    w.agenda.steps.forEach((s) => (s.actualSeconds = null));
    const html = renderSummaryHtml(buildSummary(w), { pageSize: 'A4' });
    expect(html).toContain('The timer was not used during this workshop');
    expect(html).toContain('The agenda planned 9 steps, 1 h 20 min in all.');
    expect(html).not.toContain('not run');
  });

  test('no section repeats the brief: the asks appear once, in the brief', () => {
    const html = renderSummaryHtml(buildSummary(realisticWorkshop()), { pageSize: 'A4' });
    expect(html.split('Two hours per person per month for community activities').length - 1).toBe(1);
    expect(html.split('We are developers who help each other').length - 1).toBe(1);
    const brief = renderSummaryHtml(buildSummary(realisticWorkshop()), { pageSize: 'A4', scope: 'brief' });
    expect(brief).toContain('The ask');
    expect(brief).not.toContain('Notes by zone');
  });

  test('hidden authors appear nowhere: not in the model, the HTML, the Markdown or the canvas picture', () => {
    const w = realisticWorkshop();
    w.canvas.notes[0]!.author = 'Zoé Secret-Author';
    w.canvas.notes[0]!.themeId = null;
    const shown = buildSummary(w);
    expect(renderSummaryMarkdown(shown)).toContain('— Zoé Secret-Author');
    w.meta.hideAuthors = true;
    const hidden = buildSummary(w);
    const themes = sectionOf(hidden.sections, 'themes')!;
    expect([...themes.themes.flatMap((t) => t.notes), ...themes.unthemed].every((n) => n.author === null)).toBe(true);
    expect(
      sectionOf(hidden.sections, 'canvas')!
        .zones.flatMap((z) => z.notes)
        .every((n) => n.author === null),
    ).toBe(true);
    expect(sectionOf(hidden.sections, 'canvas')!.picture.notes.every((n) => n.author === null)).toBe(true);
    expect(renderSummaryHtml(hidden, { pageSize: 'A4' })).not.toMatch(/Zoé|— Ahmed Benali/);
    expect(renderSummaryMarkdown(hidden)).not.toMatch(/Zoé|— Ahmed Benali/);
  });

  test('a vote on an unknown target or a dangling member never breaks the summary', () => {
    const w = realisticWorkshop();
    w.backlog.activities[0]!.ownerId = newId();
    const summary = buildSummary(w);
    expect(sectionOf(summary.sections, 'backlog')!.columns[0]!.activities[0]!.owner).toBeNull();
  });
});
