import { contentBounds } from '../../shared/domain/canvas-notes';
import { currentWorkshop } from '../store/workshop-store';
import { useCanvasUiStore } from './canvas-ui-store';
import { fitRect, zoomAround, ZOOM_STEP, type Rect } from './viewport-math';

/** Zoom in or out around the centre of the board. */
export function zoomBy(factor: number): void {
  const { viewport, size, setViewport } = useCanvasUiStore.getState();
  setViewport(zoomAround(viewport, viewport.zoom * factor, size.width / 2, size.height / 2));
}

export const zoomIn = () => zoomBy(ZOOM_STEP);
export const zoomOut = () => zoomBy(1 / ZOOM_STEP);

/** 100 %, keeping the centre of the board where it is. */
export function actualSize(): void {
  const { viewport, size, setViewport } = useCanvasUiStore.getState();
  setViewport(zoomAround(viewport, 1, size.width / 2, size.height / 2));
}

function showRect(rect: Rect | null, maxZoom?: number): void {
  const { size, setViewport } = useCanvasUiStore.getState();
  if (!rect || size.width < 10) return;
  setViewport(fitRect(rect, size, 24, maxZoom));
}

/** Everything on the canvas, as large as fits. */
export const fitToScreen = () => {
  showRect(contentBounds(currentWorkshop().canvas));
  useCanvasUiStore.setState({ lastFitted: useCanvasUiStore.getState().viewport });
};

/** Whether nobody zoomed or panned since the last fit to screen. */
export const isFittedToScreen = () => {
  const { lastFitted, viewport } = useCanvasUiStore.getState();
  return lastFitted !== null && viewport === lastFitted;
};

/** One zone filling the board (for a projector: large, readable notes). */
export function focusZone(zoneId: string): void {
  const zone = currentWorkshop().canvas.zones.find((z) => z.id === zoneId);
  if (!zone) return;
  useCanvasUiStore.getState().setFocusedZone(zoneId);
  showRect(zone, 3);
}
