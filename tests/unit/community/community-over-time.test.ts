/**
 * Issue 19, the rest: the trend over more than two health checks (one reading, `healthCheckReport().history`),
 * renaming and deleting a workshop of the community, editing a value story.
 */
import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';
import { findDanglingReferences } from '../../../shared/schema/references';
import {
  activeWorkshop,
  canDeleteWorkshop,
  deleteWorkshop,
  renameWorkshop,
  startWorkshop,
  workshopDeletionEffects,
  workshopsOf,
} from '../../../shared/domain/community-workshops';
import { healthCheckReport, setHealthTally, startHealthCheck, TREND_CHECKS, trendHasHistory } from '../../../shared/domain/health-check';
import { addStory, updateStory } from '../../../shared/domain/value-stories';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

const valid = (doc: Workshop) => {
  const r = WorkshopSchema.safeParse(doc);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues.slice(0, 3)));
  expect(findDanglingReferences(doc)).toEqual([]);
};

/** A check where `good` of `n` people said good and the rest poor, on each dimension given. */
function check(doc: Workshop, date: string, scores: Partial<Record<'value' | 'fun' | 'learning', [good: number, n: number]>>): string {
  const dims = Object.keys(scores) as ('value' | 'fun' | 'learning')[];
  const id = startHealthCheck(doc, date, dims);
  for (const d of dims) {
    const [good, n] = scores[d]!;
    setHealthTally(doc, id, { dimension: d, levels: { good, mixed: 0, poor: n - good }, trends: { better: 0, same: n, worse: 0 } });
  }
  return id;
}

describe('the health-check trend across checks', () => {
  test('four checks: one column per check, oldest first, with the scores the report reads', () => {
    const doc = createWorkshop();
    check(doc, '2026-03-01', { value: [1, 4], fun: [4, 4] });
    check(doc, '2026-06-01', { value: [2, 4], fun: [3, 4] });
    // A check that did not ask about fun, and one that asked about learning too.
    check(doc, '2026-09-01', { value: [3, 4] });
    const last = check(doc, '2026-12-01', { value: [4, 4], fun: [2, 4], learning: [1, 2] });
    const report = healthCheckReport(doc)!;
    expect(report.checkId).toBe(last);
    const { history } = report;
    expect(history.checks.map((c) => c.date)).toEqual(['2026-03-01', '2026-06-01', '2026-09-01', '2026-12-01']);
    expect(history.checks.map((c) => c.overall)).toEqual([63, 63, 75, 67]);
    expect(history.dimensions).toEqual([
      { dimension: 'value', scores: [25, 50, 75, 100] },
      { dimension: 'learning', scores: [null, null, null, 50] },
      { dimension: 'fun', scores: [100, 75, null, 50] },
    ]);
    // The last column is the report's own numbers; the column before each is what the report compares with.
    for (const d of report.dimensions) expect(history.dimensions.find((x) => x.dimension === d.dimension)!.scores.at(-1)).toBe(d.score);
    expect(report.dimensions.find((d) => d.dimension === 'fun')!.previousScore).toBe(75);
    expect(trendHasHistory(history)).toBe(true);
    // A dimension asked but never answered has no line.
    const unanswered = startHealthCheck(doc, '2026-12-02', ['value', 'rhythm']);
    setHealthTally(doc, unanswered, {
      dimension: 'value',
      levels: { good: 1, mixed: 0, poor: 0 },
      trends: { better: 1, same: 0, worse: 0 },
    });
    expect(healthCheckReport(doc)!.history.dimensions.map((d) => d.dimension)).toEqual(['value', 'learning', 'fun']);
    // An earlier check's report ends its history at that check.
    const second = healthCheckReport(doc, doc.community.healthChecks[1]!.id)!;
    expect(second.history.checks.map((c) => c.date)).toEqual(['2026-03-01', '2026-06-01']);
  });

  test(`at most ${TREND_CHECKS} checks, the latest; one check has no history to draw`, () => {
    const doc = createWorkshop();
    check(doc, '2025-01-01', { value: [1, 1] });
    expect(trendHasHistory(healthCheckReport(doc)!.history)).toBe(false);
    for (let i = 2; i <= 9; i++) check(doc, `2025-0${i}-01`, { value: [i % 2, 1] });
    const { history } = healthCheckReport(doc)!;
    expect(history.checks).toHaveLength(TREND_CHECKS);
    expect(history.checks[0]!.date).toBe(`2025-0${10 - TREND_CHECKS}-01`);
    expect(history.checks.at(-1)!.date).toBe('2025-09-01');
  });
});

describe('renaming and deleting a workshop', () => {
  const twoWorkshops = () => {
    const doc = realisticWorkshop();
    const first = activeWorkshop(doc).id;
    const checkId = check(doc, '2026-11-24', { value: [1, 2] });
    // A goal made from a theme of the kick-off, an activity from one of its notes.
    doc.goals[0]!.source = { kind: 'theme', id: doc.canvas.themes[0]!.id };
    doc.goals[0]!.themeIds = [doc.canvas.themes[0]!.id];
    doc.backlog.activities[0]!.source = { kind: 'note', id: doc.canvas.notes[0]!.id };
    const second = startWorkshop(doc, { kind: 'check-in', title: 'Check-in', date: '2027-02-25', canvasTemplate: 'blank', steps: [] });
    return { doc, first, second, checkId };
  };

  test('rename the open workshop or another one', () => {
    const { doc, first, second } = twoWorkshops();
    expect(renameWorkshop(doc, first, 'Kick-off 2026')).toBe(true);
    expect(renameWorkshop(doc, second, 'Spring check-in')).toBe(true);
    expect(renameWorkshop(doc, 'nope', 'x')).toBe(false);
    valid(doc);
    expect(workshopsOf(doc).map((w) => w.title)).toEqual(['Kick-off 2026', 'Spring check-in']);
    expect(doc.meta.title).toBe('Spring check-in');
  });

  test('delete another workshop: its links go, its health checks stay without it; never the last one', () => {
    const { doc, first, second, checkId } = twoWorkshops();
    const kickOff = doc.community.workshops[0]!.canvas;
    const fromKickOff = new Set([...kickOff.notes, ...kickOff.themes].map((x) => x.id));
    const linkedGoals = doc.goals.filter((g) => (g.source && fromKickOff.has(g.source.id)) || g.themeIds.some((id) => fromKickOff.has(id)));
    expect(linkedGoals.length).toBeGreaterThan(0);
    const linked = linkedGoals.length + doc.backlog.activities.filter((a) => a.source && fromKickOff.has(a.source.id)).length;
    expect(workshopDeletionEffects(doc, first)).toEqual({ notes: kickOff.notes.length, healthChecks: 1, linked });
    const members = doc.members.length;
    expect(deleteWorkshop(doc, first)).toBe(true);
    valid(doc);
    expect(workshopsOf(doc).map((w) => w.id)).toEqual([second]);
    expect(doc.community.healthChecks.find((c) => c.id === checkId)!.workshopId).toBeNull();
    expect(doc.goals[0]!.source).toBeNull();
    expect(doc.goals.every((g) => g.themeIds.every((id) => !fromKickOff.has(id)))).toBe(true);
    expect(doc.backlog.activities[0]!.source).toBeNull();
    expect(doc.members).toHaveLength(members);
    // The last workshop stays.
    expect(canDeleteWorkshop(doc)).toBe(false);
    expect(deleteWorkshop(doc, second)).toBe(false);
    expect(doc.community.openWorkshop.id).toBe(second);
  });

  test('delete the open workshop on an immer draft: the latest other one opens; the document before is untouched', () => {
    const { doc, first, second } = twoWorkshops();
    const kickOff = structuredClone(doc.community.workshops[0]!);
    const after = produce(doc, (d) => void deleteWorkshop(d, second));
    valid(after);
    expect(after.community.openWorkshop).toEqual({ id: first, kind: kickOff.kind });
    expect(after.community.workshops).toEqual([]);
    expect(after.canvas).toEqual(kickOff.canvas);
    expect(after.meta.title).toBe(kickOff.title);
    // Undo is the document before: both workshops, the second one open.
    expect(doc.community.openWorkshop.id).toBe(second);
    expect(doc.community.workshops.map((w) => w.id)).toEqual([first]);
  });
});

describe('editing a value story', () => {
  test('changes only the fields given', () => {
    const doc = realisticWorkshop();
    const base = {
      date: '2026-10-01',
      title: 'Mob sessions',
      happened: 'Two sessions',
      beneficiaries: 'Team A',
      activityId: null,
      goalId: null,
      cycle: 'applied' as const,
      indicators: '',
      featured: false,
    };
    const id = addStory(doc, base);
    updateStory(doc, id, { title: 'Mob sessions paid off', cycle: 'realized', featured: true });
    valid(doc);
    expect(doc.community.stories[0]).toEqual({ ...base, id, title: 'Mob sessions paid off', cycle: 'realized', featured: true });
  });
});

describe('the trend in the summary (PDF and Markdown)', () => {
  test('three checks: the scores per check and the lines, from the report; dates in the summary language', async () => {
    const { buildCommunitySummary, communityMarkdown, communitySectionsHtml } = await import('../../../shared/summary/community-summary');
    const { translator } = await import('../../../shared/i18n');
    const doc = realisticWorkshop();
    check(doc, '2026-03-01', { value: [1, 4], fun: [4, 4] });
    check(doc, '2026-06-01', { value: [2, 4], fun: [3, 4] });
    check(doc, '2026-09-01', { value: [4, 4], fun: [2, 4] });
    const summary = buildCommunitySummary(doc);
    expect(summary.health!.trend).toEqual({
      caption: 'Trend across 3 checks (score out of 100)',
      headers: ['Dimension', '1 Mar 2026', '1 Jun 2026', '1 Sep 2026', 'Trend line'],
      rows: [
        { dimension: 'Value to members', scores: ['25', '50', '100'], line: [25, 50, 100], overall: false },
        { dimension: 'Fun', scores: ['100', '75', '50'], line: [100, 75, 50], overall: false },
        { dimension: 'Overall', scores: ['63', '63', '75'], line: [63, 63, 75], overall: true },
      ],
    });
    const html = communitySectionsHtml(summary);
    expect(html).toContain('<caption>Trend across 3 checks (score out of 100)</caption>');
    expect(html.match(/<svg class="trend-line"/g)).toHaveLength(3);
    expect(communityMarkdown(summary)).toContain('| Fun | 100 | 75 | 50 |');
    // French: the French words and French dates, in the health check's heading and the trend's columns alike.
    const fr = buildCommunitySummary(doc, translator('fr'), 'fr');
    expect(fr.health!.heading).toBe('Bilan de santé du 1 septembre 2026');
    expect(fr.health!.trend!.headers.slice(1, 4)).toEqual(['1 mars 2026', '1 juin 2026', '1 septembre 2026']);
  });

  test('one check: no trend table', async () => {
    const { buildCommunitySummary } = await import('../../../shared/summary/community-summary');
    const doc = realisticWorkshop();
    check(doc, '2026-03-01', { value: [1, 4] });
    expect(buildCommunitySummary(doc).health!.trend).toBeNull();
  });
});
