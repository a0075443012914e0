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
  const workshopRecords = w.community?.workshops ?? [];
  // Goals and activities made from a note or theme keep pointing at it after another workshop is opened: they
  // may refer to the notes and themes of every workshop of the community.
  const allNotes = new Set<string>();
  const allThemes = new Set<string>();
  const checkCanvas = (canvas: Workshop['canvas'], participantIds: readonly string[], at: (string | number)[]) => {
    const zones = idsOf(canvas.zones, [...at, 'canvas', 'zones'], 'zones');
    const notes = idsOf(canvas.notes, [...at, 'canvas', 'notes'], 'notes');
    const themes = idsOf(canvas.themes, [...at, 'canvas', 'themes'], 'themes');
    idsOf(canvas.votes, [...at, 'canvas', 'votes'], 'votes');
    notes.forEach((id) => allNotes.add(id));
    themes.forEach((id) => allThemes.add(id));
    participantIds.forEach((id, i) => expect(members, id, [...at, ...(at.length ? [] : ['meta']), 'participantIds', i], 'member'));
    canvas.notes.forEach((n, i) => {
      expect(zones, n.zoneId, [...at, 'canvas', 'notes', i, 'zoneId'], 'zone');
      expect(themes, n.themeId, [...at, 'canvas', 'notes', i, 'themeId'], 'theme');
      expect(members, n.authorMemberId, [...at, 'canvas', 'notes', i, 'authorMemberId'], 'member');
    });
    canvas.voting.participantIds.forEach((id, i) => expect(members, id, [...at, 'canvas', 'voting', 'participantIds', i], 'member'));
    canvas.votes.forEach((v, i) => {
      expect(members, v.participantId, [...at, 'canvas', 'votes', i, 'participantId'], 'member');
      expect(v.target.kind === 'note' ? notes : themes, v.target.id, [...at, 'canvas', 'votes', i, 'target'], v.target.kind);
    });
  };
  checkCanvas(w.canvas, w.meta.participantIds, []);
  workshopRecords.forEach((record, i) => {
    checkCanvas(record.canvas, record.participantIds, ['community', 'workshops', i]);
    const recordSteps = idsOf(record.agenda.steps, ['community', 'workshops', i, 'agenda', 'steps'], 'agenda steps');
    expect(recordSteps, record.agenda.currentStepId, ['community', 'workshops', i, 'agenda', 'currentStepId'], 'agenda step');
  });
  const notes = allNotes;
  const themes = allThemes;
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
  w.impact.measurements.forEach((m, i) => expect(objectives, m.objectiveId, ['impact', 'measurements', i, 'objectiveId'], 'objective'));
  w.impact.outcomes.forEach((o, i) => expect(activities, o.activityId, ['impact', 'outcomes', i, 'activityId'], 'activity'));
  expect(steps, w.agenda.currentStepId, ['agenda', 'currentStepId'], 'agenda step');
  if (w.community) {
    const workshops = idsOf([w.community.openWorkshop, ...workshopRecords], ['community', 'workshops'], 'workshops');
    idsOf(w.community.healthChecks, ['community', 'healthChecks'], 'health checks');
    idsOf(w.community.stageHistory, ['community', 'stageHistory'], 'stage entries');
    idsOf(w.community.stories, ['community', 'stories'], 'stories');
    w.community.healthChecks.forEach((c, i) => expect(workshops, c.workshopId, ['community', 'healthChecks', i, 'workshopId'], 'workshop'));
    w.community.stories.forEach((s, i) => {
      expect(activities, s.activityId, ['community', 'stories', i, 'activityId'], 'activity');
      expect(goals, s.goalId, ['community', 'stories', i, 'goalId'], 'goal');
    });
  }
  return problems;
}
