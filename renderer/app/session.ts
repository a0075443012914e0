import { wireAppShortcuts } from './use-app-shortcuts';
import { followBrowserFullscreen } from '../agenda/projector';
import { startFacilitation } from '../agenda/facilitation-store';
import { followDocumentChanges } from '../canvas/canvas-ui-store';
import { startAutosave } from '../files/autosave';
import { startConflictWatch } from '../files/conflict';
import { clearPersistenceTimers } from '../files/persistence-store';
import { startRecoveryJournal } from '../files/recovery-journal';
import { roomSync } from '../room/room-sync';
import { installPseudoCheck } from '../common/pseudo-check';

/**
 * The running app's side effects, owned in one place: created once at start-up (`startApp`), nothing of it runs
 * at import time. It starts the store subscriptions that keep the UI consistent with the document, autosave,
 * the recovery journal, the file-conflict watch, the facilitation timer, room sync, and the DOM and host
 * listeners (keyboard shortcuts, menu commands, window blur, visibility, full screen) and the layout checks'
 * pseudo-locale switch (`?pseudoChecks` only); `dispose()` stops them all
 * and clears every pending timer.
 */
export class Session {
  private stops: (() => void)[] = [];

  get running(): boolean {
    return this.stops.length > 0;
  }

  start(): void {
    if (this.running) return;
    const browser = typeof document !== 'undefined';
    this.stops = [
      // First: every later listener sees a UI that is already consistent with the document.
      followDocumentChanges(),
      startAutosave(),
      startRecoveryJournal(),
      startConflictWatch(),
      startFacilitation(),
      ...(browser ? [followBrowserFullscreen()] : []),
      wireAppShortcuts(),
      ...(browser ? [installPseudoCheck()] : []),
      () => roomSync.stop(),
    ];
    roomSync.start();
  }

  dispose(): void {
    this.stops
      .splice(0)
      .reverse()
      .forEach((stop) => stop());
    clearPersistenceTimers();
  }
}

export const createSession = (): Session => new Session();
