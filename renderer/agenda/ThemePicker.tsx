import { THEMES, type ThemeName } from '../../shared/preferences';
import { setTheme } from '../common/preferences';
import { useUiStore } from '../store/ui-store';

const THEME_LABELS: Record<ThemeName, string> = { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' };

/** The theme, remembered in the preferences (the same action as View › Theme). */
export function ThemePicker() {
  const theme = useUiStore((s) => s.theme);
  return (
    <label className="theme-picker">
      <span>Theme</span>
      <select value={theme} onChange={(event) => void setTheme(event.target.value as ThemeName)}>
        {THEMES.map((name) => (
          <option key={name} value={name}>
            {THEME_LABELS[name]}
          </option>
        ))}
      </select>
    </label>
  );
}
