import { api } from '../api/copstudio-api';
import { useUiStore } from '../store/ui-store';
import { currentStep } from '../../shared/domain/agenda-steps';
import { currentWorkshop } from '../store/workshop-store';
import { useFacilitationStore } from './facilitation-store';
import { openStepView } from './step-navigation';

/**
 * Projector mode: full screen (the main process's window in Electron, the Fullscreen API in a browser),
 * large type, the high-contrast theme (the previous one comes back after), no editing chrome.
 */
let usedFullscreenApi = false;
/** The view shown before projector mode (it opens the step's view), given back on leaving. */
let viewBefore: { view: ReturnType<typeof useUiStore.getState>['view']; canvasMode: ReturnType<typeof useUiStore.getState>['canvasMode'] } | null = null;

export async function enterProjectorMode(): Promise<void> {
  const state = useFacilitationStore.getState();
  if (state.projecting) return;
  const ui = useUiStore.getState();
  // The projector shows the current step's surface: its view first.
  viewBefore = { view: ui.view, canvasMode: ui.canvasMode };
  const step = currentStep(currentWorkshop().agenda);
  if (step) openStepView(step);
  useFacilitationStore.setState({ projecting: true, themeBeforeProjecting: ui.theme });
  document.documentElement.dataset.projecting = 'true';
  ui.setTheme('high-contrast');
  const result = await api().setFullScreen({ fullScreen: true });
  // Where the host has no window to drive, the Fullscreen API (still within the user's gesture's activation).
  usedFullscreenApi = result.ok && result.value.supported ? false : await requestBrowserFullscreen();
}

export async function leaveProjectorMode(): Promise<void> {
  const state = useFacilitationStore.getState();
  if (!state.projecting) return;
  useFacilitationStore.setState({ projecting: false, themeBeforeProjecting: null });
  delete document.documentElement.dataset.projecting;
  const ui = useUiStore.getState();
  if (state.themeBeforeProjecting && ui.theme === 'high-contrast') ui.setTheme(state.themeBeforeProjecting);
  if (viewBefore) {
    ui.setCanvasMode(viewBefore.canvasMode);
    ui.setView(viewBefore.view);
    viewBefore = null;
  }
  if (usedFullscreenApi) {
    usedFullscreenApi = false;
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    return;
  }
  await api().setFullScreen({ fullScreen: false });
}

export function toggleProjectorMode(): Promise<void> {
  return useFacilitationStore.getState().projecting ? leaveProjectorMode() : enterProjectorMode();
}

async function requestBrowserFullscreen(): Promise<boolean> {
  if (!document.fullscreenEnabled || document.fullscreenElement) return Boolean(document.fullscreenElement);
  try {
    await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    // Refused (no user gesture, e.g. a menu command in the harness): projector mode still fills the window.
    return false;
  }
}

if (typeof document !== 'undefined') {
  // The browser leaves full screen on its own (Esc, F11): leave projector mode with it.
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && usedFullscreenApi) {
      usedFullscreenApi = false;
      void leaveProjectorMode();
    }
  });
}
