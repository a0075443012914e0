import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { addNote } from '../../../shared/domain/canvas-notes';
import { groupIntoTheme } from '../../../shared/domain/canvas-themes';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import {
  addVoterByName,
  budgetOf,
  castVote,
  removeVoter,
  setDotsPerParticipant,
  whyNotVote,
  withdrawVote,
} from '../../../shared/domain/vote-budget';
import { countVotes, rankByVotes } from '../../../shared/domain/voting';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';

const valid = (w: Workshop) => expect(WorkshopSchema.safeParse(w).error?.issues ?? []).toEqual([]);

function votingWorkshop(): { w: Workshop; ada: string; bo: string; n1: string; n2: string; theme: string } {
  let ada = '';
  let bo = '';
  const w = produce(createWorkshop(), (draft) => {
    addNote(draft.canvas, 20, 100, { text: 'Katas' });
    addNote(draft.canvas, 220, 100, { text: 'Brown bags' });
    addNote(draft.canvas, 420, 100, { text: 'Mentoring' });
    groupIntoTheme(draft, [draft.canvas.notes[2]!.id], 'Learning');
    ada = addVoterByName(draft, 'Ada', '2026-11-24')!;
    bo = addVoterByName(draft, 'Bo', '2026-11-24')!;
  });
  return { w, ada, bo, n1: w.canvas.notes[0]!.id, n2: w.canvas.notes[1]!.id, theme: w.canvas.themes[0]!.id };
}

describe('dot voting budget', () => {
  test('adding a voter by name makes an active member, a participant and a voter; the same name twice is one person', () => {
    const { w, ada } = votingWorkshop();
    expect(w.members.map((m) => [m.name, m.role])).toEqual([
      ['Ada', 'active'],
      ['Bo', 'active'],
    ]);
    expect(w.meta.participantIds).toContain(ada);
    expect(w.canvas.voting.participantIds).toHaveLength(2);
    const again = produce(w, (d) => void addVoterByName(d, ' ada ', '2026-11-24'));
    expect(again.members).toHaveLength(2);
    valid(w);
  });

  test('each participant has 3 dots by default; the remaining budget counts down and over-voting is refused', () => {
    const { w, ada, bo, n1, theme } = votingWorkshop();
    const next = produce(w, (d) => {
      expect(castVote(d.canvas, ada, { kind: 'note', id: n1 })).toBeNull();
      expect(castVote(d.canvas, ada, { kind: 'note', id: n1 })).toBeNull();
      expect(castVote(d.canvas, ada, { kind: 'theme', id: theme })).toBeNull();
      expect(castVote(d.canvas, ada, { kind: 'note', id: n1 })).toBe('no-dots-left');
    });
    expect(budgetOf(next.canvas, ada)).toEqual({ total: 3, used: 3, remaining: 0 });
    expect(budgetOf(next.canvas, bo)).toEqual({ total: 3, used: 0, remaining: 3 });
    expect(next.canvas.votes).toHaveLength(3);
    valid(next);
  });

  test('the cap per note or theme is per participant', () => {
    const { w, ada, bo, n1 } = votingWorkshop();
    const capped = produce(w, (d) => void (d.canvas.voting.maxDotsPerTarget = 1));
    const next = produce(capped, (d) => {
      expect(castVote(d.canvas, ada, { kind: 'note', id: n1 })).toBeNull();
      expect(castVote(d.canvas, ada, { kind: 'note', id: n1 })).toBe('cap-reached');
      expect(castVote(d.canvas, bo, { kind: 'note', id: n1 })).toBeNull();
    });
    expect(next.canvas.votes).toHaveLength(2);
  });

  test('only voters vote, and only on what exists', () => {
    const { w, n1 } = votingWorkshop();
    expect(whyNotVote(w.canvas, 'stranger', { kind: 'note', id: n1 })).toBe('not-a-participant');
    expect(whyNotVote(w.canvas, w.canvas.voting.participantIds[0]!, { kind: 'theme', id: 'gone' })).toBe('no-such-target');
  });

  test('a dot taken back returns to the budget', () => {
    const { w, ada, n1 } = votingWorkshop();
    const voted = produce(w, (d) => void castVote(d.canvas, ada, { kind: 'note', id: n1 }));
    let had = false;
    const back = produce(voted, (d) => void (had = withdrawVote(d.canvas, ada, { kind: 'note', id: n1 })));
    expect(had).toBe(true);
    expect(budgetOf(back.canvas, ada).remaining).toBe(3);
    expect(produce(back, (d) => void withdrawVote(d.canvas, ada, { kind: 'note', id: n1 }))).toBe(back);
  });

  test('lowering the dots per person takes back the latest extra dots; removing a voter takes theirs', () => {
    const { w, ada, bo, n1, n2 } = votingWorkshop();
    const voted = produce(w, (d) => {
      castVote(d.canvas, ada, { kind: 'note', id: n1 });
      castVote(d.canvas, ada, { kind: 'note', id: n2 });
      castVote(d.canvas, bo, { kind: 'note', id: n2 });
    });
    const lowered = produce(voted, (d) => setDotsPerParticipant(d.canvas, 1));
    expect(lowered.canvas.votes.map((v) => [v.participantId, v.target.id])).toEqual([
      [ada, n1],
      [bo, n2],
    ]);
    const without = produce(voted, (d) => removeVoter(d.canvas, ada));
    expect(without.canvas.votes.map((v) => v.participantId)).toEqual([bo]);
    valid(without);
  });

  test('the ranking orders notes and themes by dots', () => {
    const { w, ada, bo, n1, n2, theme } = votingWorkshop();
    const voted = produce(w, (d) => {
      castVote(d.canvas, ada, { kind: 'note', id: n2 });
      castVote(d.canvas, bo, { kind: 'note', id: n2 });
      castVote(d.canvas, bo, { kind: 'note', id: n1 });
      castVote(d.canvas, ada, { kind: 'theme', id: theme });
    });
    const counts = countVotes(voted.canvas);
    expect(rankByVotes(voted.canvas.notes, 'note', counts).map((r) => [r.item.text, r.votes])).toEqual([
      ['Brown bags', 2],
      ['Katas', 1],
      ['Mentoring', 0],
    ]);
    expect(rankByVotes(voted.canvas.themes, 'theme', counts).map((r) => r.votes)).toEqual([1]);
  });
});
