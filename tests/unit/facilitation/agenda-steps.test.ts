import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import {
  addStep,
  agendaTotals,
  clampMinutes,
  currentStep,
  moveStep,
  newStep,
  recordActualSeconds,
  removeStep,
  stepAt,
} from '../../../shared/domain/agenda-steps';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { WorkshopSchema } from '../../../shared/schema';

const titles = (w: ReturnType<typeof createWorkshop>) => w.agenda.steps.map((s) => s.title);

describe('agenda steps', () => {
  test('a new workshop has the 9 steps of the vision workshop, the first one current', () => {
    const w = createWorkshop();
    expect(w.agenda.steps).toHaveLength(9);
    expect(currentStep(w.agenda)?.title).toBe('Check-in');
    expect(w.agenda.steps.find((s) => s.title === 'Dot vote')).toMatchObject({ view: 'canvas', mode: 'voting', minutes: 5 });
  });

  test('add after a step, move, delete: the document stays valid', () => {
    const w = createWorkshop();
    const ids = w.agenda.steps.map((s) => s.id);
    const next = produce(w, (draft) => {
      addStep(draft.agenda, newStep({ title: 'Energizer', minutes: 3 }), ids[0]);
      moveStep(draft.agenda, ids[8]!, 0);
      removeStep(draft.agenda, ids[3]!);
    });
    expect(titles(next).slice(0, 4)).toEqual(['Wrap-up & export', 'Check-in', 'Energizer', 'Silent brainstorm']);
    expect(titles(next)).not.toContain('Dot vote');
    expect(next.agenda.steps).toHaveLength(9);
    expect(WorkshopSchema.safeParse(next).success).toBe(true);
  });

  test('deleting the current step makes the next one current, or the previous one at the end, or none', () => {
    const w = produce(createWorkshop(), (draft) => {
      draft.agenda.steps.splice(3);
    });
    const [a, b, c] = w.agenda.steps.map((s) => s.id);
    const afterFirst = produce(w, (d) => removeStep(d.agenda, a!));
    expect(afterFirst.agenda.currentStepId).toBe(b);
    const atEnd = produce(w, (d) => {
      d.agenda.currentStepId = c!;
      removeStep(d.agenda, c!);
    });
    expect(atEnd.agenda.currentStepId).toBe(b);
    const empty = produce(w, (d) => [a, b, c].forEach((id) => removeStep(d.agenda, id!)));
    expect(empty.agenda.currentStepId).toBeNull();
    const refilled = produce(empty, (d) => addStep(d.agenda, newStep({ title: 'Only' })));
    expect(currentStep(refilled.agenda)?.title).toBe('Only');
  });

  test('next and previous step stop at the ends', () => {
    const w = createWorkshop();
    expect(stepAt(w.agenda, 1)?.title).toBe('Silent brainstorm');
    expect(stepAt(w.agenda, -1)).toBeNull();
    const last = produce(w, (d) => void (d.agenda.currentStepId = d.agenda.steps[8]!.id));
    expect(stepAt(last.agenda, 1)).toBeNull();
    expect(stepAt(last.agenda, -1)?.title).toBe('Sponsor ask');
  });

  test('time boxes stay within half a minute and ten hours', () => {
    expect(clampMinutes(0)).toBe(0.5);
    expect(clampMinutes(7.3)).toBe(7.5);
    expect(clampMinutes(10_000)).toBe(600);
    expect(clampMinutes(Number.NaN)).toBe(0.5);
  });

  test('actual time is recorded per step and totalled against the plan', () => {
    const w = createWorkshop();
    const next = produce(w, (d) => {
      recordActualSeconds(d.agenda, d.agenda.steps[0]!.id, 312.4);
      recordActualSeconds(d.agenda, d.agenda.steps[1]!.id, 540);
    });
    expect(next.agenda.steps[0]!.actualSeconds).toBe(312);
    expect(agendaTotals(next.agenda)).toEqual({ plannedSeconds: 80 * 60, actualSeconds: 852, stepsRun: 2 });
    expect(WorkshopSchema.safeParse(next).success).toBe(true);
  });
});
