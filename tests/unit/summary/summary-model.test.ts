import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { newId } from '../../../shared/domain/ids';
import { buildSummary, SECTION_TITLES, type SummarySection } from '../../../shared/summary/summary-model';
import { renderSummaryHtml } from '../../../shared/summary/summary-html';
import { renderSummaryMarkdown } from '../../../shared/summary/summary-markdown';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

const sectionOf = <K extends SummarySection['kind']>(sections: SummarySection[], kind: K) =>
  sections.find((s): s is Extract<SummarySection, { kind: K }> => s.kind === kind);

describe('the summary model', () => {
  test('a full workshop gives every section, in the order of the spec', () => {
    const summary = buildSummary(realisticWorkshop());
    expect(summary.sections.map((s) => s.kind)).toEqual(['vision', 'canvas', 'themes', 'goals', 'backlog', 'asks', 'members', 'impact', 'agenda', 'next-steps']);
    expect(summary.sections.map((s) => s.title)).toEqual(summary.sections.map((s) => SECTION_TITLES[s.kind]));
    expect(summary.titleBlock).toMatchObject({ community: 'Software Craftsmanship', facilitator: 'Camille Martin', date: '2026-11-24' });
    expect(summary.titleBlock.participants).toContain('Mei Tanaka');
  });

  test('empty sections are left out, not printed empty', () => {
    const w = createWorkshop({ now: new Date('2026-11-24T10:00:00Z') });
    w.agenda.steps = [];
    w.agenda.currentStepId = null;
    expect(buildSummary(w).sections).toEqual([]);
    w.canvas.visionStatement = '   ';
    expect(buildSummary(w).sections).toEqual([]);
    w.canvas.visionStatement = 'We help each other.';
    expect(buildSummary(w).sections.map((s) => s.kind)).toEqual(['vision']);
    const html = renderSummaryHtml(buildSummary(w), { pageSize: 'A4' });
    for (const kind of ['canvas', 'themes', 'goals', 'backlog', 'asks', 'members', 'impact', 'agenda', 'next-steps'] as const) {
      expect(html).not.toContain(`>${SECTION_TITLES[kind]}<`);
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
    expect(kata).toMatchObject({ title: 'Gilded Rose kata', owner: 'Camille Martin', typeLabel: 'Code kata', goals: ['Practise every week'] });
    expect(sectionOf(sections, 'members')!.groups.map((g) => [g.role, g.members.length])).toEqual([
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

  test('the agenda carries planned and actual time; next steps are the Next/In progress cards and undecided asks', () => {
    const sections = buildSummary(realisticWorkshop()).sections;
    const agenda = sectionOf(sections, 'agenda')!;
    expect(agenda.steps[0]).toMatchObject({ title: 'Check-in', plannedSeconds: 300, actualSeconds: 370 });
    expect(agenda.steps[8]!.actualSeconds).toBeNull();
    const next = sectionOf(sections, 'next-steps')!.next;
    expect(next.activities.map((a) => [a.title, a.column])).toEqual([
      ['Gilded Rose kata', 'Next'],
      ['Brown bag: our payment client', 'Next'],
      ['Help the Search team with their flaky tests', 'Next'],
      ['Inventory of duplicated libraries', 'In progress'],
    ]);
    expect(next.asks.map((a) => a.status)).toEqual(['asked', 'draft']);
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
