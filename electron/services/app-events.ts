import type { AppEventName, AppEvents } from '../../shared/ipc/method-names';

/**
 * Pushes an event to the renderer. Electron: `webContents.send(APP_EVENT_CHANNEL, name, payload)`; the browser
 * test host: a call into the page. Services only see this port.
 */
export interface AppEventSink {
  send<E extends AppEventName>(name: E, payload: AppEvents[E]): void;
}

export const NO_APP_EVENTS: AppEventSink = { send: () => undefined };
