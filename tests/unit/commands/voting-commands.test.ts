import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  addVoterNamed,
  clearAllDots,
  setDotLimit,
  setDotsPerPerson,
  setVoter,
  toggleVotesRevealed,
} from '../../../renderer/canvas/voting-commands';
import { member, workshop } from '../../builders';
import { document, expectOneUndoStep, loadWorkshop } from './store-harness';

const savedTz = process.env.TZ;
beforeAll(() => void (process.env.TZ = 'Pacific/Auckland'));
afterAll(() => void (savedTz === undefined ? delete process.env.TZ : (process.env.TZ = savedTz)));
afterEach(() => vi.useRealTimers());

const ada = member({ id: 'ada', name: 'Ada' });
beforeEach(() => loadWorkshop(workshop({ members: [ada] })));

describe('voting commands', () => {
  test('a voter added by name joined today, in local time (08:00 on 1 December in Auckland is still 30 November in UTC)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 1, 8, 0));
    const id = expectOneUndoStep('Add voter', () => addVoterNamed('  Grace '));
    const grace = document().members.find((m) => m.id === id)!;
    expect(grace).toMatchObject({ name: 'Grace', role: 'active', joined: '2026-12-01' });
    expect(document().canvas.voting.participantIds).toContain(id);
    expect(document().meta.participantIds).toContain(id);
  });

  test('an empty name adds nobody and no undo step', () => {
    expect(addVoterNamed('   ')).toBeNull();
    expect(document().members).toHaveLength(1);
  });

  test('ticking and unticking a voter', () => {
    expectOneUndoStep('Add voter', () => setVoter('ada', true));
    expect(document().canvas.voting.participantIds).toEqual(['ada']);
    expectOneUndoStep('Remove voter', () => setVoter('ada', false));
    expect(document().canvas.voting.participantIds).toEqual([]);
  });

  test('dots per person and the dot limit', () => {
    expectOneUndoStep('Set dots per person', () => setDotsPerPerson(5));
    expect(document().canvas.voting.dotsPerParticipant).toBe(5);
    expectOneUndoStep('Set dot limit', () => setDotLimit(2));
    expect(document().canvas.voting.maxDotsPerTarget).toBe(2);
    expectOneUndoStep('Set dot limit', () => setDotLimit(null));
    expect(document().canvas.voting.maxDotsPerTarget).toBeNull();
  });

  test('revealing and hiding the votes', () => {
    expectOneUndoStep('Reveal votes', () => toggleVotesRevealed());
    expect(document().canvas.voting.revealed).toBe(true);
    expectOneUndoStep('Hide votes', () => toggleVotesRevealed());
    expect(document().canvas.voting.revealed).toBe(false);
  });

  test('clearing the dots', () => {
    setVoter('ada', true);
    loadWorkshop({
      ...document(),
      canvas: { ...document().canvas, votes: [{ id: 'v1', participantId: 'ada', target: { kind: 'note', id: 'n1' } }] },
    });
    expectOneUndoStep('Clear dots', () => clearAllDots());
    expect(document().canvas.votes).toEqual([]);
  });
});
