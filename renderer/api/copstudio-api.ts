import type { CopStudioApi, IpcResult } from '../../shared/ipc';
import type { AppEventName } from '../../shared/ipc/event-names';
import { parseAppEvent, type AppEventPayload } from '../../shared/ipc/events';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or by the test harness (browser). */
    copStudio: CopStudioApi;
  }
}

/** The typed API to the main process. */
export function api(): CopStudioApi {
  return window.copStudio;
}

/** Unwraps a result, or gives the human message of its error. */
export function messageOf<T>(result: IpcResult<T>): string | null {
  return result.ok ? null : result.error.message;
}

/** Listens for one kind of event the main process pushes, validated (`parseAppEvent`); returns an unsubscribe. */
export function onAppEvent<N extends AppEventName>(name: N, listener: (payload: AppEventPayload<N>) => void): () => void {
  return api().onEvent((raw) => {
    const event = parseAppEvent(raw);
    if (event && event.name === name) listener(event.payload as AppEventPayload<N>);
  });
}
