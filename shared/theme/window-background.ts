/**
 * The desktop window's colour before the page paints: the light theme's `--bg` (renderer/styles/themes.css), so the
 * window does not flash another colour at start-up. tests/unit/facilitation/theme-contrast.test.ts checks that the two
 * agree.
 */
export const WINDOW_BACKGROUND = '#f6f7f9';
