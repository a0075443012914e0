import type { DomainHandlers, MainServices } from '../handler-table';

/** The app's window: closing it (once the renderer decided) and full screen for projector mode. */
export function windowHandlers(services: MainServices): DomainHandlers<'window'> {
  return {
    closeWindow: async () => {
      services.windowControl.close();
      return null;
    },
    setFullScreen: async ({ fullScreen }) => services.window.setFullScreen(fullScreen),
  };
}
