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

export async function enterProjectorMode(): Promise<void> {
  const state = useFacilitationStore.getState();
  if (state.projecting) return;
  const ui = useUiStore.getState();
  // The projector shows the current step's surface: its view first.
  const viewBefore = { view: ui.view, canvasMode: ui.canvasMode };
  const step = currentStep(currentWorkshop().agenda);
  if (step) openStepView(step);
  useFacilitationStore.setState({ projecting: true, themeBeforeProjecting: ui.theme, viewBefore });
  document.documentElement.dataset.projecting = 'true';
  ui.setTheme('high-contrast');
  const result = await api().setFullScreen({ fullScreen: true });
  // Where the host has no window to drive, the Fullscreen API (still within the user's gesture's activation).
  useFacilitationStore.setState({ usedFullscreenApi: result.ok && result.value.supported ? false : await requestBrowserFullscreen() });
}

export async function leaveProjectorMode(): Promise<void> {
  const state = useFacilitationStore.getState();
  if (!state.projecting) return;
  const { viewBefore, usedFullscreenApi } = state;
  useFacilitationStore.setState({ projecting: false, themeBeforeProjecting: null, viewBefore: null, usedFullscreenApi: false });
  delete document.documentElement.dataset.projecting;
  const ui = useUiStore.getState();
  if (state.themeBeforeProjecting && ui.theme === 'high-contrast') ui.setTheme(state.themeBeforeProjecting);
  if (viewBefore) {
    ui.setCanvasMode(viewBefore.canvasMode);
    ui.setView(viewBefore.view);
  }
  if (usedFullscreenApi) {
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

/** The browser leaves full screen on its own (Esc, F11): projector mode is left with it. Started by the session. */
export function followBrowserFullscreen(): () => void {
  const onChange = () => {
    if (!document.fullscreenElement && useFacilitationStore.getState().usedFullscreenApi) void leaveProjectorMode();
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
