import { describe, expect, test } from 'vitest';
import { dayNumber, linearScale, niceTicks, thin } from '../../../renderer/impact/charts/chart-scale';

describe('chart geometry', () => {
  test('nice ticks cover the data with round steps', () => {
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(3, 47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(0.1, 0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(20, 5)).toEqual([5, 10, 15, 20]);
  });

  test('a flat range (one value) still gets an axis around it', () => {
    const ticks = niceTicks(4, 4);
    expect(ticks[0]).toBeLessThan(4);
    expect(ticks.at(-1)).toBeGreaterThan(4);
    expect(niceTicks(0, 0)).toContain(0);
  });

  test('scales map linearly, also inverted (SVG y grows downward), and a flat domain to the middle', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(5)).toBe(100);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });

  test('dates become day numbers; labels are thinned keeping both ends', () => {
    expect(dayNumber('2026-01-02') - dayNumber('2026-01-01')).toBe(1);
    expect(thin([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4)).toEqual([1, 4, 7, 10]);
    expect(thin([1, 2], 4)).toEqual([1, 2]);
  });
});
