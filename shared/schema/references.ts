import type { Workshop } from './workshop';

export interface ReferenceProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Every cross-reference in a workshop must point at something that exists, and ids must be unique.
 * Returns the problems found (empty when the document is consistent).
 */
export function findDanglingReferences(w: Workshop): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const idsOf = (items: readonly { id: string }[], path: (string | number)[], what: string) => {
    const ids = new Set<string>();
    items.forEach((item, index) => {
      if (ids.has(item.id)) problems.push({ path: [...path, index, 'id'], message: `two ${what} share the id "${item.id}"` });
      ids.add(item.id);
    });
    return ids;
  };
  const expect = (ids: Set<string>, id: string | null, path: (string | number)[], what: string) => {
    if (id !== null && !ids.has(id)) problems.push({ path, message: `refers to a ${what} that does not exist ("${id}")` });
  };

  const members = idsOf(w.members, ['members'], 'members');
  const zones = idsOf(w.canvas.zones, ['canvas', 'zones'], 'zones');
  const notes = idsOf(w.canvas.notes, ['canvas', 'notes'], 'notes');
  const themes = idsOf(w.canvas.themes, ['canvas', 'themes'], 'themes');
  idsOf(w.canvas.votes, ['canvas', 'votes'], 'votes');
  const goals = idsOf(w.goals, ['goals'], 'goals');
  const objectives = idsOf(
    w.goals.flatMap((g) => g.objectives),
    ['goals', 'objectives'],
    'objectives',
  );
  idsOf(w.sponsorAsks, ['sponsorAsks'], 'sponsor asks');
  const activities = idsOf(w.backlog.activities, ['backlog', 'activities'], 'activities');
  idsOf(w.backlog.columns, ['backlog', 'columns'], 'columns');
  idsOf(w.impact.measurements, ['impact', 'measurements'], 'measurements');
  idsOf(w.impact.outcomes, ['impact', 'outcomes'], 'outcomes');
  const steps = idsOf(w.agenda.steps, ['agenda', 'steps'], 'agenda steps');

  w.meta.participantIds.forEach((id, i) => expect(members, id, ['meta', 'participantIds', i], 'member'));
  w.canvas.notes.forEach((n, i) => {
    expect(zones, n.zoneId, ['canvas', 'notes', i, 'zoneId'], 'zone');
    expect(themes, n.themeId, ['canvas', 'notes', i, 'themeId'], 'theme');
    expect(members, n.authorMemberId, ['canvas', 'notes', i, 'authorMemberId'], 'member');
  });
  w.canvas.voting.participantIds.forEach((id, i) =>
    expect(members, id, ['canvas', 'voting', 'participantIds', i], 'member'),
  );
  w.canvas.votes.forEach((v, i) => {
    expect(members, v.participantId, ['canvas', 'votes', i, 'participantId'], 'member');
    expect(v.target.kind === 'note' ? notes : themes, v.target.id, ['canvas', 'votes', i, 'target'], v.target.kind);
  });
  const sourceSet = (kind: 'note' | 'theme') => (kind === 'note' ? notes : themes);
  w.goals.forEach((g, i) => {
    g.themeIds.forEach((id, j) => expect(themes, id, ['goals', i, 'themeIds', j], 'theme'));
    if (g.source) expect(sourceSet(g.source.kind), g.source.id, ['goals', i, 'source'], g.source.kind);
  });
  w.sponsorAsks.forEach((a, i) => {
    expect(members, a.sponsorId, ['sponsorAsks', i, 'sponsorId'], 'member');
    a.goalIds.forEach((id, j) => expect(goals, id, ['sponsorAsks', i, 'goalIds', j], 'goal'));
  });
  w.backlog.activities.forEach((a, i) => {
    expect(members, a.ownerId, ['backlog', 'activities', i, 'ownerId'], 'member');
    a.goalIds.forEach((id, j) => expect(goals, id, ['backlog', 'activities', i, 'goalIds', j], 'goal'));
    if (a.source) expect(sourceSet(a.source.kind), a.source.id, ['backlog', 'activities', i, 'source'], a.source.kind);
  });
  const placed = new Map<string, number>();
  w.backlog.columns.forEach((c, i) =>
    c.activityIds.forEach((id, j) => {
      expect(activities, id, ['backlog', 'columns', i, 'activityIds', j], 'activity');
      placed.set(id, (placed.get(id) ?? 0) + 1);
    }),
  );
  w.backlog.activities.forEach((a, i) => {
    const count = placed.get(a.id) ?? 0;
    if (count !== 1)
      problems.push({
        path: ['backlog', 'activities', i],
        message: count === 0 ? `activity "${a.title}" is in no column` : `activity "${a.title}" is in ${count} columns`,
      });
  });
  w.impact.measurements.forEach((m, i) =>
    expect(objectives, m.objectiveId, ['impact', 'measurements', i, 'objectiveId'], 'objective'),
  );
  w.impact.outcomes.forEach((o, i) => expect(activities, o.activityId, ['impact', 'outcomes', i, 'activityId'], 'activity'));
  expect(steps, w.agenda.currentStepId, ['agenda', 'currentStepId'], 'agenda step');
  return problems;
}
