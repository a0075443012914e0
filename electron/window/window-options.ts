import type { BrowserWindowConstructorOptions } from 'electron';
import { WINDOW_BACKGROUND } from '../../shared/theme/window-background';
import type { WindowBounds } from '../services/settings';

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

/** The main window's options: secure defaults, remembered bounds. A plain module so a unit test can assert it. */
export function mainWindowOptions(options: {
  preloadPath: string;
  bounds: WindowBounds | null;
  packaged?: boolean;
}): BrowserWindowConstructorOptions {
  const bounds = options.bounds;
  return {
    title: 'CoP Studio',
    width: bounds?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: bounds?.height ?? DEFAULT_WINDOW_SIZE.height,
    ...(bounds?.x !== undefined && bounds?.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Electron on Linux downloads spell-check dictionaries: nothing is downloaded by an offline app.
      spellcheck: false,
      // A packaged build has no DevTools (F12 / Ctrl+Shift+I open nothing).
      devTools: !options.packaged,
    },
  };
}
