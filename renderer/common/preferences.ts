import type { ThemeName } from '../../shared/preferences';
import type { LanguagePreference } from '../../shared/i18n';
import { tr, useLanguageStore } from './i18n';
import { api, errorReason } from '../api/copstudio-api';
import { useUiStore } from '../store/ui-store';

/** Shows the theme at once, and remembers the choice. */
export async function setTheme(theme: ThemeName): Promise<void> {
  useUiStore.getState().setTheme(theme);
  const result = await api().setPreferences({ theme });
  if (!result.ok) useUiStore.getState().notify('error', tr('app.themeNotRemembered', { reason: errorReason(result.error) }));
}

/** Shows the interface in another language at once, and remembers the choice. */
export async function setLanguage(preference: LanguagePreference): Promise<void> {
  useLanguageStore.getState().setPreference(preference);
  const result = await api().setPreferences({ language: preference });
  if (!result.ok) useUiStore.getState().notify('error', tr('language.notRemembered', { reason: errorReason(result.error) }));
}
