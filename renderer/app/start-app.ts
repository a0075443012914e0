import { api, errorText } from '../api/copstudio-api';
import { showOpened } from '../files/file-commands';
import { offerRecoveredWork } from '../files/recovery-offer';
import { openFileFromSystem } from '../files/host-commands';
import { useUiStore } from '../store/ui-store';
import { useLanguageStore } from '../common/i18n';

/**
 * At start: apply the preferences, offer unsaved work an earlier session left in the recovery journal, then
 * open the workshop the system asked for (a file given at start), or else, when nothing was restored, reopen the
 * most recent workshop when asked to.
 */
export async function startApp(): Promise<void> {
  try {
    await start();
  } finally {
    // Nothing reopened: the welcome screen shows.
    useUiStore.getState().setStarted();
  }
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
