import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describeDuration, formatClock, formatCountdown } from '../../../shared/domain/clock-format';
import {
  MINUTE_MS,
  adjust,
  createTimer,
  elapsedMs,
  isTimeUp,
  overrunMs,
  pause,
  remainingMs,
  reset,
  resume,
  start,
  statusOf,
  toggle,
} from '../../../shared/domain/timer';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const s = (seconds: number) => seconds * 1000;

describe('the step timer', () => {
  test('a new timer shows the whole time box and is idle', () => {
    const timer = createTimer(5 * MINUTE_MS);
    expect(remainingMs(timer, T0)).toBe(5 * MINUTE_MS);
    expect(statusOf(timer, T0 + s(100))).toBe('idle');
  });

  test('counts down from the start timestamp', () => {
    const timer = start(createTimer(5 * MINUTE_MS), T0);
    expect(remainingMs(timer, T0 + s(1))).toBe(s(299));
    expect(remainingMs(timer, T0 + s(90))).toBe(s(210));
    expect(statusOf(timer, T0 + s(90))).toBe('running');
  });

  test('pause keeps the time run, and time paused does not count; resume goes on from there', () => {
    let timer = start(createTimer(5 * MINUTE_MS), T0);
    timer = pause(timer, T0 + s(60));
    expect(statusOf(timer, T0 + s(500))).toBe('paused');
    expect(remainingMs(timer, T0 + s(500))).toBe(s(240));
    timer = resume(timer, T0 + s(500));
    expect(remainingMs(timer, T0 + s(530))).toBe(s(210));
    expect(elapsedMs(timer, T0 + s(530))).toBe(s(90));
  });

  test('start on a running timer and pause on a paused one change nothing', () => {
    const running = start(createTimer(MINUTE_MS), T0);
    expect(start(running, T0 + s(30))).toBe(running);
    const paused = pause(running, T0 + s(10));
    expect(pause(paused, T0 + s(40))).toBe(paused);
    expect(toggle(toggle(paused, T0 + s(40)), T0 + s(45))).toEqual({ ...paused, elapsedBeforeMs: s(15) });
  });

  test('+1 min and −1 min move the end, running or paused, never below zero', () => {
    let timer = start(createTimer(5 * MINUTE_MS), T0);
    timer = adjust(timer, MINUTE_MS);
    expect(remainingMs(timer, T0 + s(60))).toBe(s(300));
    timer = adjust(adjust(timer, -MINUTE_MS), -MINUTE_MS);
    expect(remainingMs(timer, T0 + s(60))).toBe(s(180));
    timer = pause(timer, T0 + s(60));
    timer = adjust(timer, -10 * MINUTE_MS);
    expect(timer.durationMs).toBe(0);
    expect(isTimeUp(timer, T0 + s(61))).toBe(true);
  });

  test('at zero the time is up; past zero the overrun grows', () => {
    const timer = start(createTimer(MINUTE_MS), T0);
    expect(isTimeUp(timer, T0 + s(59))).toBe(false);
    expect(isTimeUp(timer, T0 + s(60))).toBe(true);
    expect(statusOf(timer, T0 + s(60))).toBe('overrun');
    expect(overrunMs(timer, T0 + s(60))).toBe(0);
    expect(overrunMs(timer, T0 + s(75))).toBe(s(15));
    expect(formatCountdown(remainingMs(timer, T0 + s(75)))).toBe('+0:15');
    const paused = pause(timer, T0 + s(75));
    expect(overrunMs(paused, T0 + s(999))).toBe(s(15));
    expect(statusOf(paused, T0 + s(999))).toBe('overrun');
  });

  test('reset stops and restores the time box, or a new one', () => {
    const timer = adjust(start(createTimer(MINUTE_MS), T0), MINUTE_MS);
    expect(reset(timer)).toEqual(createTimer(2 * MINUTE_MS));
    expect(reset(timer, 10 * MINUTE_MS)).toEqual(createTimer(10 * MINUTE_MS));
    expect(statusOf(reset(timer), T0 + s(500))).toBe('idle');
  });

  test('a hidden window: ticks that stop for minutes lose no time', () => {
    const timer = start(createTimer(10 * MINUTE_MS), T0);
    // Visible: ticks every 250 ms for 30 s; hidden: the browser throttles to one tick a minute, then none for 4 min.
    const ticks = [...Array.from({ length: 120 }, (_, i) => T0 + (i + 1) * 250), T0 + s(90), T0 + s(150), T0 + s(390), T0 + s(390) + 17];
    const shown = ticks.map((now) => remainingMs(timer, now));
    expect(shown.at(-2)).toBe(s(210));
    expect(shown.at(-1)).toBe(s(210) - 17);
    expect(formatCountdown(shown.at(-2)!)).toBe('3:30');
  });

  test('drift never accumulates: any sequence of ticks, pauses and resumes equals the wall-clock run time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 3_600_000 }), toggle: fc.boolean() }), { maxLength: 60 }),
        (events) => {
          let timer = start(createTimer(30 * MINUTE_MS), T0);
          let now = T0;
          let running = true;
          let expectedElapsed = 0;
          for (const event of events) {
            if (running) expectedElapsed += event.gap;
            now += event.gap;
            expect(elapsedMs(timer, now)).toBe(expectedElapsed);
            if (event.toggle) {
              timer = toggle(timer, now);
              running = !running;
            }
          }
          expect(remainingMs(timer, now)).toBe(30 * MINUTE_MS - expectedElapsed);
        },
      ),
    );
  });

  test('a clock set backwards never makes the elapsed time negative', () => {
    const timer = start(createTimer(MINUTE_MS), T0);
    expect(elapsedMs(timer, T0 - s(3600))).toBe(0);
  });
});

describe('the clock on screen', () => {
  test('rounds up while counting down, shows hours for long steps and a plus for the overrun', () => {
    expect(formatCountdown(s(300))).toBe('5:00');
    expect(formatCountdown(s(299) + 1)).toBe('5:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-999)).toBe('+0:00');
    expect(formatCountdown(-s(61))).toBe('+1:01');
    expect(formatCountdown(600 * MINUTE_MS)).toBe('10:00:00');
    expect(formatClock(3723)).toBe('1:02:03');
  });

  test('describes durations in words', () => {
    expect(describeDuration(300)).toBe('5 min');
    expect(describeDuration(5400)).toBe('1 h 30 min');
    expect(describeDuration(725)).toBe('12 min 5 s');
    expect(describeDuration(0)).toBe('0 s');
  });
});
