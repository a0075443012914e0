import { z } from 'zod';
import { method, NoRequest } from '../method';

/** The window's full-screen state after a `setFullScreen` request. */
export interface FullScreenState {
  supported: boolean;
  fullScreen: boolean;
}

/** The app's window. */
export const WINDOW_METHODS = {
  /** The renderer decided the window may close (nothing unsaved, or the person chose). */
  closeWindow: method(NoRequest).returns<null>(),
  /** Projector mode: the window enters or leaves full screen. `supported: false` where the host cannot (browser). */
  setFullScreen: method(z.object({ fullScreen: z.boolean() }).strict()).returns<FullScreenState>(),
} as const;
