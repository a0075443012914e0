import { beforeEach, describe, expect, test } from 'vitest';
import {
  createCommunityWorkshop,
  deleteCommunityWorkshop,
  editValueStory,
  renameCommunityWorkshop,
  addValueStory,
  openCommunityWorkshop,
} from '../../../renderer/community/community-commands';
import { workshopsOf } from '../../../shared/domain/community-workshops';
import { CLOSED_ROOM } from '../../../shared/ipc/room-types';
import { useRoomStore } from '../../../renderer/room/room-store';
import { activity, member, workshop } from '../../builders';
import { afterEach } from 'vitest';
import { document, expectOneUndoStep, loadWorkshop, undoLabels } from './store-harness';

describe('community commands: renaming and deleting a workshop, editing a story', () => {
  beforeEach(() => loadWorkshop(workshop({ activities: [activity({ id: 'a1' })] }, { title: 'Kick-off' })));

  test('rename, then delete the open workshop (the other opens), each one undo step; the last one stays', () => {
    const kickOff = document().community.openWorkshop.id;
    const second = expectOneUndoStep('New workshop', () =>
      createCommunityWorkshop({ kind: 'check-in', title: 'Check-in', date: '2027-02-25', canvasTemplate: 'blank', steps: [] }),
    );
    expectOneUndoStep('Rename workshop', () => renameCommunityWorkshop(kickOff, '  Kick-off 2026 '));
    expect(workshopsOf(document()).map((w) => w.title)).toEqual(['Kick-off 2026', 'Check-in']);
    expect(expectOneUndoStep('Delete workshop', () => deleteCommunityWorkshop(second))).toBe(true);
    expect(document().community.openWorkshop.id).toBe(kickOff);
    expect(document().meta.title).toBe('Kick-off 2026');
    // The last workshop is never deleted, and no undo step is made.
    const steps = undoLabels().length;
    expect(deleteCommunityWorkshop(kickOff)).toBe(false);
    expect(undoLabels()).toHaveLength(steps);
    // An empty title changes nothing.
    renameCommunityWorkshop(kickOff, '   ');
    expect(undoLabels()).toHaveLength(steps);
  });

  test('editing a story keeps its id and links that still exist', () => {
    const fields = {
      date: '2026-10-01',
      title: 'Katas',
      happened: '',
      beneficiaries: '',
      activityId: 'a1',
      goalId: 'gone',
      cycle: 'applied' as const,
      indicators: '',
      featured: false,
    };
    addValueStory(fields);
    const id = document().community.stories[0]!.id;
    expectOneUndoStep('Edit value story', () => editValueStory(id, { ...fields, title: 'Katas every month', cycle: 'realized' }));
    expect(document().community.stories).toEqual([{ ...fields, id, title: 'Katas every month', cycle: 'realized', goalId: null }]);
  });
});

describe('the room stays open across a workshop switch', () => {
  afterEach(() => useRoomStore.getState().set({ status: CLOSED_ROOM }));

  test('the people whose phones are in the room are checked in to the workshop that opens, in the same undo step', () => {
    loadWorkshop(
      workshop({ members: [member({ id: 'ana', name: 'Ana' }), member({ id: 'ben', name: 'Ben' }), member({ id: 'cy', name: 'Cy' })] }),
    );
    const kickOff = document().community.openWorkshop.id;
    const phone = (memberId: string | null, state: 'joined' | 'pending') => ({
      id: `p-${memberId}`,
      name: String(memberId),
      memberId,
      state,
      connected: true,
    });
    useRoomStore.getState().set({
      status: { ...CLOSED_ROOM, open: true, participants: [phone('ana', 'joined'), phone('ben', 'joined'), phone(null, 'pending')] },
    });
    const second = expectOneUndoStep('New workshop', () =>
      createCommunityWorkshop({ kind: 'check-in', title: 'Check-in', date: '2027-02-25', canvasTemplate: 'blank', steps: [] }),
    );
    expect(document().meta.participantIds).toEqual(['ana', 'ben']);
    expect(document().canvas.voting.participantIds).toEqual(['ana', 'ben']);
    // Back to the kick-off, with Cy's phone in the room too.
    useRoomStore.getState().set({ status: { ...CLOSED_ROOM, open: true, participants: [phone('cy', 'joined')] } });
    expectOneUndoStep('Open workshop', () => openCommunityWorkshop(kickOff));
    expect(document().meta.participantIds).toEqual(['cy']);
    // With the room closed, opening a workshop checks nobody in.
    useRoomStore.getState().set({ status: CLOSED_ROOM });
    openCommunityWorkshop(second);
    expect(document().meta.participantIds).toEqual(['ana', 'ben']);
    expect(document().community.workshops[0]!.participantIds).toEqual(['cy']);
  });
});
