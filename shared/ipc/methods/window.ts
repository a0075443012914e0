import { z } from 'zod';
import { ACTION_IDS, type ActionId } from '../../actions/action-specs';
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
  /** The renderer's actions changed their enabled state: the application menu's items follow (no-op without a native menu). */
  setMenuEnabled: method(
    z
      .object({
        items: z
          .array(z.object({ id: z.enum(ACTION_IDS as [ActionId, ...ActionId[]]), enabled: z.boolean() }).strict())
          .max(ACTION_IDS.length),
      })
      .strict(),
  ).returns<null>(),
} as const;
