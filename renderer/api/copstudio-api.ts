import type { CopStudioApi, IpcResult } from '../../shared/ipc';

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
