import { beforeEach, describe, expect, test } from 'vitest';
import {
  createCommunityWorkshop,
  deleteCommunityWorkshop,
  editValueStory,
  renameCommunityWorkshop,
  addValueStory,
} from '../../../renderer/community/community-commands';
import { workshopsOf } from '../../../shared/domain/community-workshops';
import { activity, workshop } from '../../builders';
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
    const fields = { date: '2026-10-01', title: 'Katas', happened: '', beneficiaries: '', activityId: 'a1', goalId: 'gone', cycle: 'applied' as const, indicators: '', featured: false };
    addValueStory(fields);
    const id = document().community.stories[0]!.id;
    expectOneUndoStep('Edit value story', () => editValueStory(id, { ...fields, title: 'Katas every month', cycle: 'realized' }));
    expect(document().community.stories).toEqual([{ ...fields, id, title: 'Katas every month', cycle: 'realized', goalId: null }]);
  });
});
