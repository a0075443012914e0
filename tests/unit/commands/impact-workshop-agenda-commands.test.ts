import { beforeEach, describe, expect, test } from 'vitest';
import {
  addStepAtEnd,
  clearStepTime,
  deleteStep,
  editStepField,
  moveStepTo,
  recordStepTime,
} from '../../../renderer/agenda/agenda-commands';
import { useAgendaUiStore } from '../../../renderer/agenda/agenda-ui-store';
import {
  changeFacilitator,
  changeHideAuthors,
  changeNextSessionDate,
  changeWorkshopDate,
  renameCommunityTo,
  renameWorkshopTo,
} from '../../../renderer/app/workshop-commands';
import { recordMeasurementOf, removeMeasurement, removeOutcome, saveOutcomeDialog } from '../../../renderer/impact/impact-commands';
import { useUiStore } from '../../../renderer/store/ui-store';
import { activity, goal, objective, workshop } from '../../builders';
import { document, expectOneUndoStep, loadWorkshop, undoLabels } from './store-harness';

describe('impact commands', () => {
  beforeEach(() =>
    loadWorkshop(workshop({ goals: [goal({ objectives: [objective({ id: 'o1' })] })], activities: [activity({ id: 'a1' })] })),
  );

  test('recording a measurement (its note trimmed), then deleting it', () => {
    const id = expectOneUndoStep('Record measurement', () =>
      recordMeasurementOf({ objectiveId: 'o1', date: '2026-12-01', value: 3, note: ' after the kata ' }),
    );
    expect(document().impact.measurements).toEqual([{ id, objectiveId: 'o1', date: '2026-12-01', value: 3, note: 'after the kata' }]);
    expectOneUndoStep('Delete measurement', () => removeMeasurement(id));
    expect(document().impact.measurements).toEqual([]);
  });

  test('the outcome dialog records an outcome, edits it, and it can be deleted', () => {
    const fields = { date: '2026-12-02', attendance: 12, satisfaction: 4, notes: '' };
    const id = expectOneUndoStep('Record outcome', () => saveOutcomeDialog('a1', null, fields));
    expect(document().impact.outcomes).toEqual([{ id, activityId: 'a1', ...fields }]);
    expectOneUndoStep('Edit outcome', () => saveOutcomeDialog('a1', id, { ...fields, attendance: 15 }));
    expect(document().impact.outcomes[0]!.attendance).toBe(15);
    expectOneUndoStep('Delete outcome', () => removeOutcome(id));
    expect(document().impact.outcomes).toEqual([]);
  });
});

describe('workshop details commands', () => {
  beforeEach(() => loadWorkshop(workshop({}, { title: 'Kick-off' })));

  test('title and community are one line each, a burst of typing one step', () => {
    expectOneUndoStep('Rename workshop', () => {
      renameWorkshopTo('Kick');
      renameWorkshopTo('Kick-off\n2027');
    });
    expect(document().meta.title).toBe('Kick-off 2027');
    expectOneUndoStep('Rename community', () => renameCommunityTo('Testing\r\nguild'));
    expect(document().meta.community).toBe('Testing guild');
  });

  test('an emptied date field keeps the workshop’s date; a date replaces it', () => {
    const date = document().meta.date;
    const steps = undoLabels().length;
    changeWorkshopDate('');
    expect(document().meta.date).toBe(date);
    expect(undoLabels()).toHaveLength(steps);
    expectOneUndoStep('Change workshop date', () => changeWorkshopDate('2027-01-15'));
    expect(document().meta.date).toBe('2027-01-15');
  });

  test('the next session’s date is set, then cleared', () => {
    expectOneUndoStep('Change next session date', () => changeNextSessionDate('2027-02-01'));
    expect(document().meta.nextSessionDate).toBe('2027-02-01');
    expectOneUndoStep('Clear next session date', () => changeNextSessionDate(''));
    expect(document().meta).not.toHaveProperty('nextSessionDate');
  });

  test('facilitator and anonymous notes', () => {
    expectOneUndoStep('Change facilitator', () => changeFacilitator('Sam'));
    expect(document().meta.facilitator).toBe('Sam');
    expectOneUndoStep('Hide note authors', () => changeHideAuthors(true));
    expect(document().meta.hideAuthors).toBe(true);
    expectOneUndoStep('Show note authors', () => changeHideAuthors(false));
  });
});

describe('agenda commands', () => {
  beforeEach(() => loadWorkshop(workshop()));
  const steps = () => document().agenda.steps;

  test('adding a step at the end opens it for editing', () => {
    const id = expectOneUndoStep('Add step', () => addStepAtEnd());
    expect(steps().at(-1)).toMatchObject({ id, title: 'New step', minutes: 5 });
    expect(useAgendaUiStore.getState().editingId).toBe(id);
  });

  test('deleting a step says how to get it back', () => {
    const first = steps()[0]!;
    expectOneUndoStep(`Delete step ${first.title}`, () => deleteStep(first.id, 'agenda-add-step'));
    expect(steps().map((s) => s.id)).not.toContain(first.id);
    expect(useUiStore.getState().notices.at(-1)?.text).toBe(`Deleted the step “${first.title}”. Undo brings it back.`);
  });

  test('moving a step', () => {
    const first = steps()[0]!;
    expectOneUndoStep(`Move step ${first.title}`, () => moveStepTo(first.id, 2));
    expect(steps()[2]!.id).toBe(first.id);
  });

  test('editing fields: a view other than the canvas drops voting mode; minutes stay within the time box', () => {
    const step = steps()[0]!;
    editStepField(step.id, { field: 'view', value: 'canvas' });
    editStepField(step.id, { field: 'mode', value: 'voting' });
    expectOneUndoStep('Change the view of a step', () => editStepField(step.id, { field: 'view', value: 'goals' }));
    expect(steps()[0]).toMatchObject({ view: 'goals', mode: null });
    expectOneUndoStep('Change time box', () => editStepField(step.id, { field: 'minutes', value: 7.3 }));
    expect(steps()[0]!.minutes).toBe(7.5);
    expectOneUndoStep('Change what the projector shows', () => editStepField(step.id, { field: 'surface', value: 'vote' }));
    expect(steps()[0]!.surface).toBe('vote');
    editStepField(step.id, { field: 'surface', value: undefined });
    expect(steps()[0]).not.toHaveProperty('surface');
  });

  test('the time spent on a step is recorded, then forgotten', () => {
    const step = steps()[0]!;
    expectOneUndoStep(`Time spent on ${step.title}`, () => recordStepTime(step.id, 61.6));
    expect(steps()[0]!.actualSeconds).toBe(62);
    expectOneUndoStep(`Reset the timer of ${step.title}`, () => clearStepTime(step.id));
    expect(steps()[0]!.actualSeconds).toBeNull();
  });
});
