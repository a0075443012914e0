import { api, errorText } from '../api/copstudio-api';
import { showOpened } from '../files/file-commands';
import { offerRecoveredWork } from '../files/recovery-offer';
import { openFileFromSystem } from '../files/host-commands';
import { useUiStore } from '../store/ui-store';
import { useLanguageStore } from '../common/i18n';
import { createSession, type Session } from './session';

/**
 * The app's start, called once by the entry point before the first render: creates the session (which owns
 * every subscription, timer and listener) and starts it, then, in the background, applies the preferences,
 * offers unsaved work an earlier session left in the recovery journal, then opens the workshop the system asked
 * for (a file given at start), or else, when nothing was restored, reopens the most recent workshop when asked to.
 * Returns the session and the start's completion.
 */
export function startApp(): { session: Session; started: Promise<void> } {
  const session = createSession();
  session.start();
  const started = start()
    .catch((error: unknown) => useUiStore.getState().notify('error', error instanceof Error ? error.message : String(error)))
    // Nothing reopened: the welcome screen shows.
    .finally(() => useUiStore.getState().setStarted());
  return { session, started };
}

async function start(): Promise<void> {
  const preferences = await api().getPreferences();
  if (!preferences.ok) {
    useUiStore.getState().notify('error', errorText(preferences.error));
    return;
  }
  useUiStore.getState().setTheme(preferences.value.theme);
  useLanguageStore.getState().setPreference(preferences.value.language);
  const restored = await offerRecoveredWork();
  if ((await openFileFromSystem()) || restored) return;
  if (!preferences.value.reopenLastWorkshop) return;
  const recent = await api().listRecentFiles();
  const last = recent.ok ? recent.value[0] : undefined;
  if (!last) return;
  const opened = await api().openRecentWorkshop({ path: last.path });
  if (opened.ok) showOpened(opened.value);
  else useUiStore.getState().notify('error', errorText(opened.error));
}
