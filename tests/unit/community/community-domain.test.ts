import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { WorkshopSchema } from '../../../shared/schema';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import {
  activeWorkshop,
  openActions,
  previousWorkshop,
  startWorkshop,
  switchWorkshop,
  workshopsOf,
} from '../../../shared/domain/community-workshops';
import { addHealthAnswers, healthCheckReport, setHealthTally, startHealthCheck } from '../../../shared/domain/health-check';
import {
  currentStage,
  recordStage,
  WEBBER_STAGE_OF,
  ACTIVITIES_FOR_STAGE,
  COMMUNITY_STAGES,
} from '../../../shared/domain/community-stages';
import { addStory, bestStories } from '../../../shared/domain/value-stories';
import { nextOccurrences, occurrenceAfter } from '../../../shared/domain/recurrence';
import { deleteActivities } from '../../../shared/domain/backlog-activities';
import { deleteMember } from '../../../shared/domain/delete-member';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

const valid = (doc: unknown) => {
  const r = WorkshopSchema.safeParse(doc);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues.slice(0, 3)));
};

describe('a community over time: workshops', () => {
  test('a second workshop keeps the community, starts a fresh canvas, and the first is kept whole', () => {
    const doc = realisticWorkshop();
    const first = structuredClone(activeWorkshop(doc));
    const members = doc.members.length;
    const id = startWorkshop(doc, {
      kind: 'check-in',
      title: 'Quarterly check-in',
      date: '2027-03-01',
      canvasTemplate: 'blank',
      steps: [],
      duplicateAgendaOf: first.id,
    });
    valid(doc);
    expect(doc.community.openWorkshop).toEqual({ id, kind: 'check-in' });
    expect(doc.meta.title).toBe('Quarterly check-in');
    expect(doc.canvas.notes).toEqual([]);
    expect(doc.members).toHaveLength(members);
    // The agenda was duplicated: same steps, new ids, no timings.
    expect(doc.agenda.steps.map((s) => s.title)).toEqual(first.agenda.steps.map((s) => s.title));
    expect(doc.agenda.steps.every((s) => s.actualSeconds === null)).toBe(true);
    expect(doc.agenda.steps.some((s, i) => s.id === first.agenda.steps[i]!.id)).toBe(false);
    expect(workshopsOf(doc).map((w) => w.id)).toEqual([first.id, id]);
    expect(previousWorkshop(doc)?.id).toBe(first.id);
    // Switch back: the first workshop is exactly as it was, the second is kept.
    expect(switchWorkshop(doc, first.id)).toBe(true);
    valid(doc);
    expect(activeWorkshop(doc)).toEqual(first);
    expect(doc.community.workshops.map((w) => w.id)).toEqual([id]);
  });

  test('works on an immer draft, as the store runs it (one undo step each), and leaves the previous document untouched', () => {
    const before = realisticWorkshop();
    const firstId = before.community.openWorkshop.id;
    let id = '';
    const second = produce(
      before,
      (d) => void (id = startWorkshop(d, { kind: 'renewal', title: 'Renewal', date: '2027-06-01', canvasTemplate: 'wenger', steps: [] })),
    );
    valid(second);
    expect(before.community.workshops).toEqual([]);
    expect(second.community.workshops[0]!.canvas).toBe(before.canvas);
    const back = produce(second, (d) => void switchWorkshop(d, firstId));
    valid(back);
    expect(back.canvas).toEqual(before.canvas);
    expect(back.community.workshops.map((w) => w.id)).toEqual([id]);
    expect(second.community.openWorkshop.id).toBe(id);
  });

  test('open actions: activities not in the done column and asks not decided', () => {
    const doc = realisticWorkshop();
    const open = openActions(doc);
    const done = new Set(doc.backlog.columns.at(-1)!.activityIds);
    expect(open.activities.length).toBe(doc.backlog.activities.length - done.size);
    expect(open.activities.some((a) => done.has(a.id))).toBe(false);
    expect(open.asks.every((a) => a.status === 'draft' || a.status === 'asked')).toBe(true);
    expect(open.asks.length).toBe(doc.sponsorAsks.filter((a) => a.status === 'draft' || a.status === 'asked').length);
  });

  test('deleting a member also removes them from the other workshops (no dangling reference)', () => {
    const doc = realisticWorkshop();
    const member = doc.meta.participantIds[0]!;
    startWorkshop(doc, { kind: 'renewal', title: 'Renewal', date: '2027-06-01', canvasTemplate: 'blank', steps: [] });
    deleteMember(doc, member);
    valid(doc);
  });
});

describe('health check', () => {
  test('phones add anonymous answers; the report scores each dimension and compares with the previous check', () => {
    const doc = createWorkshop();
    const first = startHealthCheck(doc, '2026-09-01', ['value', 'fun']);
    setHealthTally(doc, first, { dimension: 'value', levels: { good: 1, mixed: 2, poor: 1 }, trends: { better: 0, same: 4, worse: 0 } });
    setHealthTally(doc, first, { dimension: 'fun', levels: { good: 4, mixed: 0, poor: 0 }, trends: { better: 0, same: 4, worse: 0 } });
    expect(doc.community.healthChecks[0]!.respondents).toBe(4);
    const second = startHealthCheck(doc, '2026-12-01', ['value', 'fun', 'learning']);
    for (let i = 0; i < 6; i++) {
      addHealthAnswers(doc, second, [
        { dimension: 'value', level: 'good', trend: 'better' },
        { dimension: 'fun', level: i < 3 ? 'good' : 'poor', trend: 'worse' },
      ]);
    }
    valid(doc);
    const report = healthCheckReport(doc)!;
    expect(report.checkId).toBe(second);
    expect(report.respondents).toBe(6);
    expect(report.previous).toEqual({ checkId: first, date: '2026-09-01' });
    const [value, fun, learning] = report.dimensions;
    expect(value).toMatchObject({
      dimension: 'value',
      levels: { good: 6, mixed: 0, poor: 0 },
      score: 100,
      previousScore: 50,
      change: 50,
      direction: 'up',
      felt: 100,
    });
    expect(fun).toMatchObject({ score: 50, previousScore: 100, change: -50, direction: 'down', felt: -100 });
    expect(learning).toMatchObject({ answers: 0, score: null, previousScore: null, direction: 'new' });
    expect(report.overall).toBe(75);
    expect(report.previousOverall).toBe(75);
    // The first check has nothing to compare with.
    expect(healthCheckReport(doc, first)).toMatchObject({ previous: null, dimensions: [{ direction: 'new' }, { direction: 'new' }] });
  });

  test('an answer never records who gave it', () => {
    const doc = createWorkshop();
    const id = startHealthCheck(doc, '2026-12-01');
    addHealthAnswers(doc, id, [{ dimension: 'rhythm', level: 'mixed', trend: 'same' }]);
    expect(JSON.stringify(doc.community.healthChecks)).not.toMatch(/participant|member|author/i);
  });
});

describe('stages, stories, rhythm', () => {
  test('the current stage is the latest of the history; every stage has a Webber stage and suited activities', () => {
    const doc = createWorkshop();
    expect(currentStage(doc)).toBeNull();
    recordStage(doc, { date: '2026-12-01', stage: 'maturing', why: 'Regular katas' });
    recordStage(doc, { date: '2026-01-01', stage: 'coalescing', why: ' First meetups ' });
    expect(currentStage(doc)?.stage).toBe('maturing');
    for (const stage of COMMUNITY_STAGES) {
      expect(WEBBER_STAGE_OF[stage]).toBeTruthy();
      expect(ACTIVITIES_FOR_STAGE[stage].length).toBeGreaterThan(0);
    }
    valid(doc);
  });

  test('best stories: featured first, then further along the value cycles; deleting the activity unlinks', () => {
    const doc = realisticWorkshop();
    const activity = doc.backlog.activities[0]!.id;
    const base = { happened: '', beneficiaries: 'Team A', activityId: activity, goalId: null, indicators: '', featured: false };
    addStory(doc, { ...base, date: '2026-10-01', title: 'Immediate', cycle: 'immediate' });
    addStory(doc, { ...base, date: '2026-09-01', title: 'Realized', cycle: 'realized' });
    addStory(doc, { ...base, date: '2026-08-01', title: 'Featured', cycle: 'potential', featured: true });
    expect(bestStories(doc, 2).map((s) => s.title)).toEqual(['Featured', 'Realized']);
    deleteActivities(doc, [activity]);
    valid(doc);
    expect(doc.community.stories.every((s) => s.activityId === null)).toBe(true);
  });

  test('recurring activities: the next weekly and monthly dates from today', () => {
    expect(nextOccurrences({ date: '2026-11-03', recurrence: { every: 'week' } }, '2026-12-01', 3)).toEqual([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
    ]);
    expect(nextOccurrences({ date: '2026-01-31', recurrence: { every: 'month' } }, '2026-02-01', 3)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    expect(nextOccurrences({ date: '2020-05-15', recurrence: { every: 'month' } }, '2026-12-16', 1)).toEqual(['2027-01-15']);
    expect(nextOccurrences({ date: '2026-12-24', recurrence: null }, '2026-12-01')).toEqual(['2026-12-24']);
    expect(nextOccurrences({ date: '2026-11-24' }, '2026-12-01')).toEqual([]);
    expect(occurrenceAfter('2026-12-31', 'month', 2)).toBe('2027-02-28');
  });
});
