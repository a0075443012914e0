/**
 * The countdown of an agenda step, as pure data computed from timestamps. Nothing here counts ticks: the
 * remaining time is always `duration − elapsed`, and the elapsed time is the sum of finished runs plus
 * `now − startedAt` for the current run. A hidden window, a sleeping laptop or a slow machine that delivers
 * ticks late (or not at all) cannot make it drift.
 *
 * All times are milliseconds; `now` is `Date.now()`-style wall-clock time, injected by the caller.
 */
export interface Timer {
  /** The time box, adjustments included (never below 0). */
  durationMs: number;
  /** Time run before the current run (or in total, when paused). */
  elapsedBeforeMs: number;
  /** When the current run started; null while not running. */
  startedAt: number | null;
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'overrun';

export const MINUTE_MS = 60_000;

/** A timer for a time box of `durationMs`, optionally with time already spent on it. */
export function createTimer(durationMs: number, elapsedMs = 0): Timer {
  return { durationMs: Math.max(0, durationMs), elapsedBeforeMs: Math.max(0, elapsedMs), startedAt: null };
}

export const isRunning = (timer: Timer): boolean => timer.startedAt !== null;

/** Time run so far. A clock that went backwards (a changed system time) never makes it shrink. */
export function elapsedMs(timer: Timer, now: number): number {
  if (timer.startedAt === null) return timer.elapsedBeforeMs;
  return timer.elapsedBeforeMs + Math.max(0, now - timer.startedAt);
}

/** Time left; negative once the time box is over (the overrun). */
export function remainingMs(timer: Timer, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

/** How far past the time box the step has run (0 while within it). */
export function overrunMs(timer: Timer, now: number): number {
  return Math.max(0, -remainingMs(timer, now));
}

/** The time box is used up: the countdown reached zero (or was cut below the time already run). */
export function isTimeUp(timer: Timer, now: number): boolean {
  return (isRunning(timer) || elapsedMs(timer, now) > 0) && remainingMs(timer, now) <= 0;
}

export function statusOf(timer: Timer, now: number): TimerStatus {
  if (isTimeUp(timer, now)) return 'overrun';
  if (isRunning(timer)) return 'running';
  return timer.elapsedBeforeMs > 0 ? 'paused' : 'idle';
}

/** Starts, or resumes after a pause. Starting a running timer changes nothing. */
export function start(timer: Timer, now: number): Timer {
  if (isRunning(timer)) return timer;
  return { ...timer, startedAt: now };
}

export const resume = start;

/** Pauses, keeping the time run so far. Pausing a paused timer changes nothing. */
export function pause(timer: Timer, now: number): Timer {
  if (!isRunning(timer)) return timer;
  return { ...timer, elapsedBeforeMs: elapsedMs(timer, now), startedAt: null };
}

export function toggle(timer: Timer, now: number): Timer {
  return isRunning(timer) ? pause(timer, now) : start(timer, now);
}

/** Back to the full time box, stopped. `durationMs` replaces the time box (e.g. the step's planned minutes). */
export function reset(timer: Timer, durationMs: number = timer.durationMs): Timer {
  return createTimer(durationMs);
}

/** Adds (or, negative, removes) time from the time box, e.g. ±1 minute; running or not. Never below 0. */
export function adjust(timer: Timer, deltaMs: number): Timer {
  return { ...timer, durationMs: Math.max(0, timer.durationMs + deltaMs) };
}
