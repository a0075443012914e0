import type { HandlerTable, MainServices } from '../handler-table';

/** The app's window: full screen for projector mode. */
export function windowHandlers(services: MainServices): Pick<HandlerTable, 'setFullScreen'> {
  return {
    setFullScreen: async ({ fullScreen }) => services.window.setFullScreen(fullScreen),
  };
}
