import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { today } from '../../../shared/domain/iso-date';

// Auckland is 13 hours ahead of UTC in December: at 08:00 there on 1 December, it is still 30 November in UTC.
const savedTz = process.env.TZ;
beforeAll(() => void (process.env.TZ = 'Pacific/Auckland'));
afterAll(() => void (savedTz === undefined ? delete process.env.TZ : (process.env.TZ = savedTz)));

describe('dates are the calendar dates of where the facilitator is, not UTC', () => {
  test('the time zone of this test is really ahead of UTC', () => {
    expect(new Date(2026, 11, 1, 8, 0).toISOString().slice(0, 10)).toBe('2026-11-30');
  });

  test('today() is the local date', () => {
    expect(today(new Date(2026, 11, 1, 8, 0))).toBe('2026-12-01');
  });

  test('a new workshop is dated today, locally', () => {
    expect(createWorkshop({ now: new Date(2026, 11, 1, 8, 0) }).meta.date).toBe('2026-12-01');
  });
});
