/** What the app may do to its own window. Electron implements it on the BrowserWindow; the harness cannot. */
export interface WindowPort {
  /** Enters or leaves full screen. `supported: false` tells the renderer to use the Fullscreen API instead. */
  setFullScreen(fullScreen: boolean): Promise<FullScreenOutcome>;
}

export interface FullScreenOutcome {
  supported: boolean;
  fullScreen: boolean;
}

/** For hosts without a native window (the browser harness): reports that the renderer must do it itself. */
export const unsupportedWindowPort: WindowPort = {
  setFullScreen: async () => ({ supported: false, fullScreen: false }),
};
