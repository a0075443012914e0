import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { WorkshopSchema, formatZodError, migrate, type Workshop } from '../../../shared/schema';
import { activity } from '../../builders';

const parse = (doc: unknown) => WorkshopSchema.safeParse(doc);
const messageFor = (doc: unknown) => {
  const result = parse(doc);
  if (result.success) throw new Error('expected the document to be rejected');
  return formatZodError(result.error);
};

function withNote(w: Workshop, overrides: Partial<Workshop['canvas']['notes'][number]> = {}): Workshop {
  const zone = w.canvas.zones[0]!;
  w.canvas.notes.push({
    id: 'note-1',
    text: 'Pair on legacy code',
    color: 'yellow',
    author: null,
    authorMemberId: null,
    x: zone.x + 10,
    y: zone.y + 10,
    width: 160,
    height: 100,
    zoneId: zone.id,
    themeId: null,
    createdAt: '2026-11-24T09:00:00.000Z',
    ...overrides,
  });
  return w;
}

describe('the workshop schema', () => {
  test('accepts the default vision workshop template', () => {
    const workshop = createWorkshop({ now: new Date('2026-11-24T09:00:00Z') });
    expect(parse(workshop).success).toBe(true);
    expect(workshop.schemaVersion).toBe(2);
    expect(workshop.canvas.zones.map((z) => z.title)).toEqual([
      'Purpose (why)',
      'Domain (what we care about)',
      'Members (who)',
      'Practices (how we learn)',
      'Activities (ideas)',
      'Goals (what success looks like)',
      'Means & sponsors',
      'Risks',
    ]);
    expect(workshop.agenda.steps.map((s) => [s.title, s.minutes])).toEqual([
      ['Check-in', 5],
      ['Silent brainstorm', 10],
      ['Cluster', 10],
      ['Dot vote', 5],
      ['Vision statement', 10],
      ['Goals & objectives', 15],
      ['Backlog of first activities', 15],
      ['Sponsor ask', 5],
      ['Wrap-up & export', 5],
    ]);
    expect(workshop.backlog.columns.map((c) => c.title)).toEqual(['Ideas', 'Next', 'In progress', 'Done']);
    expect(workshop.canvas.voting.dotsPerParticipant).toBe(3);
    expect(workshop.meta.date).toBe('2026-11-24');
  });

  test('accepts a workshop that uses every entity', () => {
    const w = withNote(createWorkshop());
    w.members.push(
      { id: 'm1', name: 'Ada', team: 'Payments', role: 'core', interests: ['TDD'], joined: '2026-01-10', contact: '' },
      { id: 'm2', name: 'Grace', team: 'Management', role: 'sponsor', interests: [], joined: null, contact: 'grace@example.com' },
    );
    w.meta.participantIds = ['m1'];
    w.canvas.themes.push({ id: 't1', name: 'Knowledge sharing', color: 'blue' });
    w.canvas.notes[0]!.themeId = 't1';
    w.canvas.voting.participantIds = ['m1'];
    w.canvas.votes.push({ id: 'v1', participantId: 'm1', target: { kind: 'theme', id: 't1' } });
    w.goals.push({
      id: 'g1',
      title: 'Reuse other teams’ libraries',
      why: 'Save time for business features',
      themeIds: ['t1'],
      objectives: [{ id: 'o1', indicator: 'Shared libraries reused', unit: 'libraries', baseline: 1, target: 6, dueDate: '2027-06-30' }],
      source: { kind: 'theme', id: 't1' },
    });
    w.sponsorAsks.push({
      id: 'a1',
      kind: 'dedicated-time',
      what: 'Time for the community',
      amount: 2,
      unit: 'h per person per month',
      sponsorId: 'm2',
      goalIds: ['g1'],
      status: 'asked',
      askedOn: '2026-11-25',
      decidedOn: null,
      notes: '',
    });
    w.backlog.activities.push({
      id: 'act1',
      type: 'code-kata',
      title: 'Code kata: TDD',
      description: '',
      ownerId: 'm1',
      date: '2026-12-05',
      effortHours: 2,
      goalIds: ['g1'],
      source: { kind: 'note', id: 'note-1' },
    });
    w.backlog.columns[0]!.activityIds.push('act1');
    w.impact.measurements.push({ id: 'me1', objectiveId: 'o1', date: '2027-01-31', value: 2, note: '' });
    w.impact.outcomes.push({ id: 'out1', activityId: 'act1', date: '2026-12-05', attendance: 12, satisfaction: 4, notes: '' });
    const result = parse(w);
    expect(result.success ? 'valid' : formatZodError(result.error)).toBe('valid');
  });

  test('rejects malformed documents with readable messages', () => {
    expect(messageFor(withNote(createWorkshop(), { color: 'chartreuse' as never }))).toMatch(
      /^canvas\.notes\[0\]\.color: Invalid option: expected one of "yellow"/,
    );
    expect(messageFor(withNote(createWorkshop(), { x: Number.NaN }))).toMatch(/canvas\.notes\[0\]\.x: /);
    const badDate = createWorkshop();
    badDate.meta.date = '24/11/2026';
    expect(messageFor(badDate)).toBe('meta.date: a date must look like 2026-11-24');
    const noTitle = createWorkshop();
    noTitle.backlog.columns[0]!.title = '';
    expect(messageFor(noTitle)).toBe('backlog.columns[0].title: a column needs a title');
    const missing = createWorkshop() as Partial<Workshop>;
    delete missing.canvas;
    expect(messageFor(missing)).toMatch(/^canvas: Invalid input: expected object, received undefined/);
  });

  test('rejects dangling references and duplicate ids', () => {
    const dangling = withNote(createWorkshop(), { zoneId: 'no-such-zone' });
    expect(messageFor(dangling)).toBe('canvas.notes[0].zoneId: refers to a zone that does not exist ("no-such-zone")');

    const orphan = createWorkshop();
    orphan.backlog.activities.push(activity({ id: 'a', type: 'meetup', title: 'Meetup' }));
    expect(messageFor(orphan)).toBe('backlog.activities[0]: activity "Meetup" is in no column');

    const duplicate = withNote(withNote(createWorkshop()));
    expect(messageFor(duplicate)).toBe('canvas.notes[1].id: two notes share the id "note-1"');
  });

  test('says how many more problems there are past the first five', () => {
    const w = createWorkshop();
    w.agenda.steps.forEach((s) => (s.minutes = -1));
    expect(messageFor(w)).toMatch(/…and 4 more problems$/);
  });
});

describe('migrate', () => {
  test('passes a current document through', () => {
    const w = createWorkshop();
    const result = migrate(JSON.parse(JSON.stringify(w)));
    expect(result).toEqual({ ok: true, workshop: w, migratedFrom: null });
  });

  test('refuses a newer version with a clear message', () => {
    const result = migrate({ ...createWorkshop(), schemaVersion: 7 });
    expect(result).toMatchObject({ ok: false, reason: 'newer-version', version: 7 });
    expect(!result.ok && result.message).toBe('it was saved by a newer CoP Studio (file version 7, this app reads up to 2)');
  });

  test('refuses what is not a workshop', () => {
    for (const raw of [null, 42, 'text', [1, 2], { schemaVersion: 'one' }]) {
      expect(migrate(raw).ok).toBe(false);
    }
  });
});
