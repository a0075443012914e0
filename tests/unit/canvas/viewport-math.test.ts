import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  clampZoom,
  cullRect,
  fitRect,
  MAX_ZOOM,
  MIN_ZOOM,
  screenToWorld,
  visibleWorld,
  worldRectBetween,
  zoomAround,
} from '../../../renderer/canvas/viewport-math';

describe('the canvas viewport', () => {
  test('zooming keeps the world point under the pointer where it is', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.double({ min: -5000, max: 5000, noNaN: true }),
          y: fc.double({ min: -5000, max: 5000, noNaN: true }),
          zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
        }),
        fc.double({ min: 0, max: 1920, noNaN: true }),
        fc.double({ min: 0, max: 1080, noNaN: true }),
        fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
        (view, sx, sy, zoom) => {
          const before = screenToWorld(view, sx, sy);
          const after = screenToWorld(zoomAround(view, zoom, sx, sy), sx, sy);
          expect(after.x).toBeCloseTo(before.x, 6);
          expect(after.y).toBeCloseTo(before.y, 6);
        },
      ),
    );
  });

  test('zoom stays within its bounds', () => {
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(0)).toBe(MIN_ZOOM);
    expect(zoomAround({ x: 0, y: 0, zoom: 1 }, 1_000, 0, 0).zoom).toBe(MAX_ZOOM);
  });

  test('fitting shows the whole rectangle, centred, with a margin', () => {
    const rect = { x: 100, y: 50, width: 2632, height: 984 };
    const size = { width: 1500, height: 800 };
    const view = fitRect(rect, size, 24);
    const seen = visibleWorld(view, size);
    expect(seen.x).toBeLessThanOrEqual(rect.x);
    expect(seen.y).toBeLessThanOrEqual(rect.y);
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(rect.x + rect.width);
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(rect.y + rect.height);
    expect(rect.x - seen.x).toBeCloseTo(seen.x + seen.width - (rect.x + rect.width), 6);
    expect(fitRect({ x: 0, y: 0, width: 10, height: 10 }, size, 24, 1.5).zoom).toBe(1.5);
  });

  test('the rubber band gives a world rectangle whichever way it is drawn', () => {
    const view = { x: 100, y: 100, zoom: 2 };
    expect(worldRectBetween(view, { x: 300, y: 300 }, { x: 100, y: 500 })).toEqual({ x: 0, y: 100, width: 100, height: 100 });
  });

  test('the rendered area holds the visible area and only changes in coarse steps', () => {
    const size = { width: 1600, height: 900 };
    const view = { x: -1000, y: -700, zoom: 1 };
    const cull = cullRect(view, size);
    const seen = visibleWorld(view, size);
    expect(cull.x).toBeLessThanOrEqual(seen.x);
    expect(cull.y + cull.height).toBeGreaterThanOrEqual(seen.y + seen.height);
    expect(cullRect({ ...view, x: view.x - 30 }, size)).toEqual(cull);
  });
});
