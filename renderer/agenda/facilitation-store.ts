import { create } from 'zustand';
import { currentStep } from '../../shared/domain/agenda-steps';
import { MINUTE_MS, adjust, createTimer, elapsedMs, isRunning, isTimeUp, pause, reset, start, type Timer } from '../../shared/domain/timer';
import type { ThemeName } from '../../shared/preferences';
import type { ViewId } from '../../shared/schema';
import type { CanvasMode } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { clearStepTime, recordStepTime } from './agenda-commands';
import { createAudio, playBeep } from './beep';
import { resetStore } from '../store/store-reset';

/**
 * UI state of facilitation: the current step's timer (not part of the document, only its outcome —
 * `actualSeconds` — is), the wall clock the screen shows, projector mode and the sound preference.
 */
interface FacilitationState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  /** The step the timer belongs to (always the agenda's current step). */
  stepId: string | null;
  /** The step's planned time box, to carry adjustments over when the plan changes. */
  plannedMs: number;
  timer: Timer;
  /** The wall clock the screen was last drawn for (Date.now()); the timer itself never counts ticks. */
  now: number;
  /** The time-up signal was given for this run. */
  signalled: boolean;
  /** The facilitator went to this step (Next, Previous, Go to): it has started, with or without its timer. */
  startedStepId: string | null;
  projecting: boolean;
  themeBeforeProjecting: ThemeName | null;
  /** Play a sound at zero (the `timerSound` preference; null until read). */
  sound: boolean | null;
  /** The audio context for the time-up signal, made during a user gesture. */
  audio: AudioContext | null;
  /** Redraws the clock while the timer runs (the session stops it). */
  ticker: ReturnType<typeof setInterval> | null;
  /** Projector mode used the browser's Fullscreen API (no host window to drive). */
  usedFullscreenApi: boolean;
  /** The view shown before projector mode (it opens the step's view), given back on leaving. */
  viewBefore: { view: ViewId; canvasMode: CanvasMode } | null;
}

export const useFacilitationStore = create<FacilitationState>()((_set, _get, store) => ({
  reset: resetStore(store),
  stepId: null,
  plannedMs: 0,
  timer: createTimer(0),
  now: Date.now(),
  signalled: false,
  startedStepId: null,
  projecting: false,
  themeBeforeProjecting: null,
  sound: null,
  audio: null,
  ticker: null,
  usedFullscreenApi: false,
  viewBefore: null,
}));

const set = useFacilitationStore.setState;
const get = useFacilitationStore.getState;

// — the ticker: redraws the clock while the timer runs; the time shown is computed from timestamps —

function tick(): void {
  const now = Date.now();
  const { timer, signalled, sound } = get();
  if (!signalled && isTimeUp(timer, now) && isRunning(timer)) {
    set({ now, signalled: true });
    if (sound) playBeep(prepareAudio());
    return;
  }
  set({ now });
}

function prepareAudio(): AudioContext | null {
  const audio = get().audio ?? createAudio();
  if (audio !== get().audio) set({ audio });
  return audio;
}

function updateTicker(): void {
  const running = isRunning(get().timer);
  const { ticker } = get();
  if (running && !ticker) set({ ticker: setInterval(tick, 250) });
  if (!running && ticker) stopTicker();
}

function stopTicker(): void {
  const { ticker } = get();
  if (ticker) clearInterval(ticker);
  set({ ticker: null });
}

// — the timer follows the agenda's current step —

function timerForStep(): void {
  const step = currentStep(currentWorkshop().agenda);
  const state = get();
  const plannedMs = (step?.minutes ?? 0) * MINUTE_MS;
  if (step?.id !== state.stepId) {
    const elapsed = (step?.actualSeconds ?? 0) * 1000;
    set({ stepId: step?.id ?? null, plannedMs, timer: createTimer(plannedMs, elapsed), signalled: false, now: Date.now() });
  } else if (plannedMs !== state.plannedMs) {
    set({ plannedMs, timer: adjust(state.timer, plannedMs - state.plannedMs) });
  }
  updateTicker();
}

/**
 * Facilitation's side effects, owned by the session: the timer follows the agenda's current step, a window coming
 * back into view redraws the clock at once. Returns a stop function (which also stops the ticker).
 */
export function startFacilitation(): () => void {
  const stopAgenda = useWorkshopStore.subscribe((state, previous) => {
    if (state.history.present.agenda !== previous.history.present.agenda) timerForStep();
  });
  // Coming back to a hidden window: redraw at once rather than at the next (throttled) tick.
  const onVisible = () => {
    if (document.visibilityState === 'visible') tick();
  };
  const page = typeof document === 'undefined' ? null : document;
  page?.addEventListener('visibilitychange', onVisible);
  timerForStep();
  return () => {
    stopAgenda();
    page?.removeEventListener('visibilitychange', onVisible);
    stopTicker();
  };
}

// — what the timer controls do —

/** Writes the time run on the timer's step into the document (the summary's "actual" time). */
export function recordTimeSpent(): void {
  const { stepId, timer } = get();
  const step = currentWorkshop().agenda.steps.find((s) => s.id === stepId);
  if (!step) return;
  const seconds = Math.round(elapsedMs(timer, Date.now()) / 1000);
  if (seconds === (step.actualSeconds ?? 0)) return;
  recordStepTime(step.id, seconds);
}

export function startTimer(): void {
  if (get().stepId === null) return;
  if (get().sound) prepareAudio();
  const now = Date.now();
  set({ timer: start(get().timer, now), now, startedStepId: get().stepId });
  updateTicker();
}

export function pauseTimer(): void {
  const now = Date.now();
  set({ timer: pause(get().timer, now), now });
  updateTicker();
  recordTimeSpent();
}

export function toggleTimer(): void {
  if (isRunning(get().timer)) pauseTimer();
  else startTimer();
}

export function resetTimer(): void {
  const { stepId, plannedMs } = get();
  set({ timer: reset(get().timer, plannedMs), signalled: false, now: Date.now() });
  updateTicker();
  const step = currentWorkshop().agenda.steps.find((s) => s.id === stepId);
  if (step && step.actualSeconds !== null) clearStepTime(step.id);
}

export function adjustTimer(minutes: number): void {
  const now = Date.now();
  const timer = adjust(get().timer, minutes * MINUTE_MS);
  // Adding time after the end re-arms the signal for the new end.
  set({ timer, now, signalled: get().signalled && isTimeUp(timer, now) });
}

export function markStepStarted(stepId: string): void {
  set({ startedStepId: stepId });
}

export function setSound(sound: boolean): void {
  set({ sound });
  if (sound) prepareAudio();
}
