import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIRST_WORKSHOP_ID, migrate, WorkshopSchema, type Workshop } from '../../../shared/schema';
import { activeWorkshop, workshopsOf } from '../../../shared/domain/community-workshops';
import { preparedWorkshop, bigBoardWorkshop } from '../../e2e/backlog-fixtures';
import { bigWorkshop } from '../../fixtures/big-workshop';
import { largeWorkshop, realisticWorkshop } from '../../fixtures/realistic-workshop';

/** A document as CoP Studio's schema version 1 wrote it: the same, without the community part. */
function asVersion1(doc: Workshop): Record<string, unknown> {
  const { community: _community, ...rest } = structuredClone(doc);
  return { ...rest, schemaVersion: 1 };
}

/** Everything a version 1 file holds, counted and listed by id, to compare before and after. */
function inventory(doc: Record<string, any>) {
  return {
    notes: doc.canvas.notes.map((n: any) => [n.id, n.text, n.author, n.authorMemberId, n.zoneId, n.themeId]),
    themes: doc.canvas.themes.map((t: any) => [t.id, t.name]),
    votes: doc.canvas.votes.map((v: any) => [v.id, v.participantId, v.target.kind, v.target.id]),
    vision: doc.canvas.visionStatement,
    members: doc.members.map((m: any) => [m.id, m.name, m.role]),
    goals: doc.goals.map((g: any) => [g.id, g.title, g.objectives.map((o: any) => o.id)]),
    asks: doc.sponsorAsks.map((a: any) => [a.id, a.what, a.status]),
    activities: doc.backlog.activities.map((a: any) => [a.id, a.title, a.date, a.ownerId]),
    columns: doc.backlog.columns.map((c: any) => [c.id, c.activityIds]),
    measurements: doc.impact.measurements.map((m: any) => [m.id, m.objectiveId, m.date, m.value]),
    outcomes: doc.impact.outcomes.map((o: any) => [o.id, o.activityId]),
    steps: doc.agenda.steps.map((s: any) => [s.id, s.title, s.actualSeconds]),
    meta: doc.meta,
  };
}

const v1Fixtures: [string, () => Record<string, unknown>][] = [
  [
    'the example workshop (resources/example-workshop.copstudio) as version 1 wrote it',
    () => asVersion1(JSON.parse(readFileSync(path.resolve(__dirname, '../../../resources/example-workshop.copstudio'), 'utf8'))),
  ],
  ['the realistic workshop', () => asVersion1(realisticWorkshop())],
  [
    'the realistic workshop with hostile texts and hidden authors',
    () => asVersion1(realisticWorkshop({ hostile: true, hideAuthors: true })),
  ],
  ['a large workshop', () => asVersion1(largeWorkshop({}))],
  ['the prepared backlog workshop', () => asVersion1(preparedWorkshop())],
  ['a big board', () => asVersion1(bigBoardWorkshop(300))],
  ['a big workshop', () => asVersion1(bigWorkshop(200_000))],
];

describe('schema version 2: a version 1 file opens as a community without loss', () => {
  test.each(v1Fixtures)('%s', (_name, make) => {
    const v1 = make();
    expect(v1.schemaVersion).toBe(1);
    const before = inventory(structuredClone(v1));
    const result = migrate(v1);
    if (!result.ok) throw new Error(result.message);
    expect(result.migratedFrom).toBe(1);
    const doc = result.workshop;
    expect(doc.schemaVersion).toBe(2);
    expect(inventory(doc)).toEqual(before);
    // The version 1 workshop is the community's first (and only) workshop, open, with all it had.
    expect(workshopsOf(doc).map((w) => w.id)).toEqual([FIRST_WORKSHOP_ID]);
    const first = activeWorkshop(doc);
    expect(first).toMatchObject({ kind: 'kick-off', title: before.meta.title, date: before.meta.date });
    expect(first.canvas.notes).toHaveLength(before.notes.length);
    expect(first.canvas.votes).toHaveLength(before.votes.length);
    expect(doc.community).toMatchObject({ workshops: [], healthChecks: [], stageHistory: [], stories: [] });
    expect(WorkshopSchema.safeParse(doc).success).toBe(true);
    // Every other field of version 1 is carried over unchanged.
    const { community: _c, schemaVersion: _v, ...rest } = doc;
    const { schemaVersion: _v1, ...restV1 } = v1;
    expect(rest).toEqual(restV1);
  });

  test('the realistic workshop really has what is compared (the test can fail)', () => {
    const counts = inventory(asVersion1(realisticWorkshop()));
    for (const key of ['notes', 'votes', 'members', 'goals', 'activities', 'measurements'] as const)
      expect(counts[key].length).toBeGreaterThan(0);
  });

  test('version 0 still migrates, through version 1, to version 2', () => {
    const v0 = asVersion1(realisticWorkshop()) as Record<string, any>;
    delete v0.schemaVersion;
    const title = v0.meta.title;
    delete v0.meta.title;
    v0.title = title;
    for (const n of v0.canvas.notes) delete n.authorMemberId;
    const result = migrate(v0);
    if (!result.ok) throw new Error(result.message);
    expect(result.migratedFrom).toBe(0);
    expect(result.workshop.schemaVersion).toBe(2);
    expect(result.workshop.meta.title).toBe(title);
    expect(result.workshop.canvas.notes).toHaveLength(v0.canvas.notes.length);
  });

  test('a version 2 document with a dangling reference in the community part is refused with a clear message', () => {
    const doc = realisticWorkshop();
    doc.community.stories.push({
      id: 's1',
      date: '2026-01-01',
      title: 'Story',
      happened: '',
      beneficiaries: '',
      activityId: 'nope',
      goalId: null,
      cycle: 'applied',
      indicators: '',
      featured: false,
    });
    const result = migrate(doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('nope');
  });

  test('a newer version (3) is refused', () => {
    const result = migrate({ ...realisticWorkshop(), schemaVersion: 3 });
    expect(result).toMatchObject({ ok: false, reason: 'newer-version', version: 3 });
  });
});
