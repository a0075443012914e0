import { useTranslation } from 'react-i18next';
import { THEMES, type ThemeName } from '../../shared/preferences';
import { setTheme } from '../common/preferences';
import { useUiStore } from '../store/ui-store';

const THEME_KEYS = { light: 'light', dark: 'dark', 'high-contrast': 'highContrast' } as const satisfies Record<ThemeName, string>;

/** The theme, remembered in the preferences (the same action as View › Theme). */
export function ThemePicker() {
  const theme = useUiStore((s) => s.theme);
  const { t } = useTranslation();
  return (
    <label className="theme-picker">
      <span>{t('agenda.shell.theme')}</span>
      <select value={theme} onChange={(event) => void setTheme(event.target.value as ThemeName)}>
        {THEMES.map((name) => (
          <option key={name} value={name}>
            {t(`agenda.shell.themes.${THEME_KEYS[name]}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
