import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { goalFromCanvas, removeGoal, removeObjective, saveGoalDialog, saveObjectiveDialog } from '../../../renderer/goals/goals-commands';
import { checkInNewcomer, removeMember, saveMemberDialog, setMemberPresent } from '../../../renderer/people/people-commands';
import { changeAskStatus, removeAsk, saveAskDialog } from '../../../renderer/sponsors/sponsors-commands';
import { ask, goal, member, note, objective, workshop } from '../../builders';
import { document, expectOneUndoStep, loadWorkshop } from './store-harness';

const fieldsOf = <T extends { id: string }>({ id: _id, ...fields }: T) => fields;
afterEach(() => vi.useRealTimers());
const onDay = (iso: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${iso}T12:00:00`));
};

describe('people commands', () => {
  const ada = member({ id: 'ada', name: 'Ada', role: 'core' });
  beforeEach(() => loadWorkshop(workshop({ members: [ada] })));

  test('the member dialog adds a member, then edits it (one step each)', () => {
    const id = expectOneUndoStep('Add member', () => saveMemberDialog(null, fieldsOf(member({ name: 'Grace', team: 'Platform' }))));
    expect(document().members.map((m) => m.name)).toEqual(['Ada', 'Grace']);
    expectOneUndoStep('Edit member', () => saveMemberDialog(id, { ...fieldsOf(document().members[1]!), role: 'sponsor' }));
    expect(document().members[1]).toMatchObject({ id, name: 'Grace', team: 'Platform', role: 'sponsor' });
  });

  test('deleting a member', () => {
    expectOneUndoStep('Delete member', () => removeMember('ada'));
    expect(document().members).toEqual([]);
  });

  test('check in and out', () => {
    expectOneUndoStep('Check in', () => setMemberPresent('ada', true));
    expect(document().meta.participantIds).toEqual(['ada']);
    expectOneUndoStep('Check out', () => setMemberPresent('ada', false));
    expect(document().meta.participantIds).toEqual([]);
  });

  test('a newcomer checked in joined today and is present', () => {
    onDay('2026-12-01');
    const id = expectOneUndoStep('Add participant', () => checkInNewcomer(' Linus ', 'Kernel'));
    expect(document().members.find((m) => m.id === id)).toMatchObject({
      name: 'Linus',
      team: 'Kernel',
      role: 'occasional',
      joined: '2026-12-01',
    });
    expect(document().meta.participantIds).toEqual([id]);
  });
});

describe('goal commands', () => {
  const g = goal({ id: 'g1', title: 'Reuse', objectives: [objective({ id: 'o1', indicator: 'Libraries' })] });
  const n = note({ id: 'n1', text: 'Share our libraries\nand more' });
  beforeEach(() => loadWorkshop(workshop({ goals: [g], notes: [n] })));

  test('the goal dialog adds a goal with no objectives, then edits it', () => {
    const id = expectOneUndoStep('Add goal', () => saveGoalDialog(null, { title: 'Onboard', why: 'Newcomers', themeIds: [] }));
    expect(document().goals[1]).toEqual({ id, title: 'Onboard', why: 'Newcomers', themeIds: [], objectives: [], source: null });
    expectOneUndoStep('Edit goal', () => saveGoalDialog('g1', { title: 'Reuse more', why: '', themeIds: [] }));
    expect(document().goals[0]).toMatchObject({ title: 'Reuse more', objectives: [{ id: 'o1' }] });
  });

  test('the objective dialog adds and edits an objective', () => {
    const id = expectOneUndoStep('Add objective', () =>
      saveObjectiveDialog('g1', null, fieldsOf(objective({ indicator: 'Katas', target: 4 }))),
    );
    expect(document().goals[0]!.objectives.map((o) => o.indicator)).toEqual(['Libraries', 'Katas']);
    expectOneUndoStep('Edit objective', () => saveObjectiveDialog('g1', id, fieldsOf(objective({ indicator: 'Katas run', target: 6 }))));
    expect(document().goals[0]!.objectives[1]).toMatchObject({ id, indicator: 'Katas run', target: 6 });
  });

  test('an objective of a goal deleted meanwhile changes nothing', () => {
    expect(saveObjectiveDialog('gone', null, fieldsOf(objective()))).toBeNull();
    expect(document().goals[0]!.objectives).toHaveLength(1);
  });

  test('a goal from a canvas note', () => {
    const id = expectOneUndoStep('Make this a goal', () => goalFromCanvas({ kind: 'note', id: 'n1' }));
    expect(document().goals.find((x) => x.id === id)).toMatchObject({ title: 'Share our libraries', source: { kind: 'note', id: 'n1' } });
  });

  test('deleting an objective, then the goal', () => {
    expectOneUndoStep('Delete objective', () => removeObjective('g1', 'o1'));
    expect(document().goals[0]!.objectives).toEqual([]);
    expectOneUndoStep('Delete goal', () => removeGoal('g1'));
    expect(document().goals).toEqual([]);
  });
});

describe('sponsor-ask commands', () => {
  const sponsor = member({ id: 'boss', name: 'Boss', role: 'sponsor' });
  beforeEach(() => loadWorkshop(workshop({ members: [sponsor], asks: [ask({ id: 'a1', what: 'Two hours', sponsorId: 'boss' })] })));

  test('an ask set to Granted in its dialog is dated asked and decided today (as the card’s select does)', () => {
    onDay('2026-12-01');
    expectOneUndoStep('Edit sponsor ask', () => saveAskDialog('a1', { ...fieldsOf(document().sponsorAsks[0]!), status: 'granted' }));
    expect(document().sponsorAsks[0]).toMatchObject({ status: 'granted', askedOn: '2026-12-01', decidedOn: '2026-12-01' });
  });

  test('the card’s select stamps the same dates', () => {
    onDay('2026-12-01');
    expectOneUndoStep('Change ask status', () => changeAskStatus('a1', 'refused'));
    expect(document().sponsorAsks[0]).toMatchObject({ status: 'refused', askedOn: '2026-12-01', decidedOn: '2026-12-01' });
  });

  test('a new ask, then deleting it', () => {
    const id = expectOneUndoStep('Add sponsor ask', () => saveAskDialog(null, fieldsOf(ask({ what: 'A room', kind: 'room' }))));
    expect(document().sponsorAsks.map((a) => a.what)).toEqual(['Two hours', 'A room']);
    expectOneUndoStep('Delete sponsor ask', () => removeAsk(id));
    expect(document().sponsorAsks.map((a) => a.id)).toEqual(['a1']);
  });
});
