/** The canvas viewport: the world is drawn translated by (x, y) screen pixels and scaled by `zoom`. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

import type { Rect } from '../../shared/domain/rect';

export type { Rect };

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;
export const ZOOM_STEP = 1.25;

export const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** Zooms to `zoom` keeping the world point under the screen point (sx, sy) where it is. */
export function zoomAround(view: Viewport, zoom: number, sx: number, sy: number): Viewport {
  const next = clampZoom(zoom);
  const ratio = next / view.zoom;
  return { zoom: next, x: sx - (sx - view.x) * ratio, y: sy - (sy - view.y) * ratio };
}

/** The viewport showing `rect` whole and centred in a screen area of `size`, with a margin. */
export function fitRect(rect: Rect, size: Size, margin = 24, maxZoom = 1.5): Viewport {
  const zoom = clampZoom(Math.min((size.width - 2 * margin) / rect.width, (size.height - 2 * margin) / rect.height, maxZoom));
  return {
    zoom,
    x: (size.width - rect.width * zoom) / 2 - rect.x * zoom,
    y: (size.height - rect.height * zoom) / 2 - rect.y * zoom,
  };
}

export const screenToWorld = (view: Viewport, sx: number, sy: number) => ({
  x: (sx - view.x) / view.zoom,
  y: (sy - view.y) / view.zoom,
});

/** The part of the world visible in a screen area of `size`. */
export const visibleWorld = (view: Viewport, size: Size): Rect => ({
  x: -view.x / view.zoom,
  y: -view.y / view.zoom,
  width: size.width / view.zoom,
  height: size.height / view.zoom,
});

/** The world rect between two screen points (rubber band). */
export function worldRectBetween(view: Viewport, a: { x: number; y: number }, b: { x: number; y: number }): Rect {
  const p = screenToWorld(view, Math.min(a.x, b.x), Math.min(a.y, b.y));
  return { x: p.x, y: p.y, width: Math.abs(a.x - b.x) / view.zoom, height: Math.abs(a.y - b.y) / view.zoom };
}

/**
 * The area whose notes are rendered when there are many: the visible world with half a screen of margin all
 * around, snapped outwards to a coarse grid so that small pans and zooms do not change it.
 */
export function cullRect(view: Viewport, size: Size, grid = 512): Rect {
  const v = visibleWorld(view, size);
  const x0 = Math.floor((v.x - v.width / 2) / grid) * grid;
  const y0 = Math.floor((v.y - v.height / 2) / grid) * grid;
  const x1 = Math.ceil((v.x + v.width * 1.5) / grid) * grid;
  const y1 = Math.ceil((v.y + v.height * 1.5) / grid) * grid;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
