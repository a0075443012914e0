/**
 * Whether the main window may close now. Electron asks on every 'close' (the window's button, Cmd+W, quit):
 * the first time, the window stays open and the renderer is asked (it saves, or asks Save / Don't save /
 * Cancel); when it answers through `closeWindow`, the gate opens and the window closes for real.
 */
export interface CloseGate {
  /** On the window's 'close' event: true lets it close, false means "prevent it and ask the renderer". */
  onCloseRequested(): boolean;
  /** The renderer confirmed (or is gone): the next close goes through. */
  allowClose(): void;
  /** The renderer cancelled: ask again on the next close. */
  reset(): void;
}

export function createCloseGate(): CloseGate {
  let allowed = false;
  return {
    onCloseRequested: () => allowed,
    allowClose: () => {
      allowed = true;
    },
    reset: () => {
      allowed = false;
    },
  };
}

/** What the handlers may do with the window: close it once the renderer decided. */
export interface WindowControl {
  close(): void;
}
