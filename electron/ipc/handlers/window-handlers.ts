import type { DomainHandlers, MainServices } from '../handler-table';

/** The app's window: closing it (once the renderer decided), full screen for projector mode, and its menu following the actions' enabled state. */
export function windowHandlers(services: MainServices): DomainHandlers<'window'> {
  return {
    closeWindow: async () => {
      services.windowControl.close();
      return null;
    },
    setFullScreen: async ({ fullScreen }) => services.window.setFullScreen(fullScreen),
    setMenuEnabled: async ({ items }) => {
      services.menu.setEnabled(items);
      return null;
    },
  };
}
