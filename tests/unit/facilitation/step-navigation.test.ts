import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import {
  adjustTimer,
  pauseTimer,
  resetTimer,
  startFacilitation,
  startTimer,
  useFacilitationStore,
} from '../../../renderer/agenda/facilitation-store';
import { goToAdjacentStep, goToStep } from '../../../renderer/agenda/step-navigation';
import { useUiStore } from '../../../renderer/store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../../../renderer/store/workshop-store';

const stepNamed = (title: string) => currentWorkshop().agenda.steps.find((s) => s.title === title)!;

describe('running the agenda', () => {
  let stopFacilitation: () => void;
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 24, 9, 0, 0) });
    for (const store of [useWorkshopStore, useUiStore, useFacilitationStore]) store.getState().reset();
    // What the session starts: the timer follows the agenda's current step.
    stopFacilitation = startFacilitation();
    useWorkshopStore.getState().load(createWorkshop());
    useUiStore.setState({ view: 'agenda', canvasMode: 'edit' });
  });
  afterEach(() => {
    pauseTimer();
    stopFacilitation();
    vi.useRealTimers();
  });

  test('the dot vote opens the canvas in voting mode; the next step opens the canvas for editing', () => {
    goToStep(stepNamed('Dot vote').id, { open: true });
    expect(useUiStore.getState()).toMatchObject({ view: 'canvas', canvasMode: 'voting' });
    expect(currentWorkshop().agenda.currentStepId).toBe(stepNamed('Dot vote').id);
    goToAdjacentStep(1);
    expect(useUiStore.getState()).toMatchObject({ view: 'canvas', canvasMode: 'edit' });
    goToAdjacentStep(1);
    expect(useUiStore.getState().view).toBe('goals');
  });

  test('the timer follows the current step and its time box', () => {
    expect(useFacilitationStore.getState().timer.durationMs).toBe(5 * 60_000);
    goToAdjacentStep(1);
    expect(useFacilitationStore.getState()).toMatchObject({
      stepId: stepNamed('Silent brainstorm').id,
      timer: { durationMs: 10 * 60_000 },
    });
  });

  test('time spent is recorded on pause and when leaving the step, in one undo step with the move', () => {
    startTimer();
    vi.advanceTimersByTime(90_000);
    pauseTimer();
    expect(stepNamed('Check-in').actualSeconds).toBe(90);
    startTimer();
    vi.advanceTimersByTime(30_000);
    goToAdjacentStep(1);
    expect(stepNamed('Check-in').actualSeconds).toBe(120);
    useWorkshopStore.getState().undo();
    expect(currentWorkshop().agenda.currentStepId).toBe(stepNamed('Check-in').id);
    expect(stepNamed('Check-in').actualSeconds).toBe(90);
  });

  test('coming back to a step goes on from the time already spent; reset forgets it', () => {
    startTimer();
    vi.advanceTimersByTime(60_000);
    goToAdjacentStep(1);
    goToAdjacentStep(-1);
    const { timer } = useFacilitationStore.getState();
    expect(timer.elapsedBeforeMs).toBe(60_000);
    resetTimer();
    expect(useFacilitationStore.getState().timer.elapsedBeforeMs).toBe(0);
    expect(stepNamed('Check-in').actualSeconds).toBeNull();
  });

  test('a slow machine: the clock is right after a long stall of the ticker, and the signal is given once', () => {
    startTimer();
    adjustTimer(-4);
    vi.setSystemTime(Date.now() + 61_000); // the wall clock jumps, no tick ran in between
    vi.advanceTimersByTime(250);
    const state = useFacilitationStore.getState();
    expect(state.signalled).toBe(true);
    expect(state.timer.durationMs - (state.now - state.timer.startedAt!)).toBeLessThanOrEqual(-1000);
  });

  test('changing the planned minutes of the current step keeps the ±1 min adjustments', () => {
    adjustTimer(1);
    useWorkshopStore.getState().change('Change time box', (d) => void (d.agenda.steps[0]!.minutes = 8));
    expect(useFacilitationStore.getState().timer.durationMs).toBe(9 * 60_000);
  });
});
