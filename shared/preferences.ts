import { z } from 'zod';
import { LanguagePreferenceSchema } from './i18n/languages';

export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export const ThemeNameSchema = z.enum(THEMES);
export type ThemeName = z.infer<typeof ThemeNameSchema>;

/** The user's preferences, kept by the main process (electron-store). */
export const PreferencesSchema = z.object({
  theme: ThemeNameSchema,
  /**
   * The interface language: `system` follows the system's languages. `pseudo` (accented, 40 % longer text) is
   * for layout tests only and is offered nowhere in the interface.
   */
  language: z.union([LanguagePreferenceSchema, z.literal('pseudo')]),
  /** Reopen the most recent workshop at start. */
  reopenLastWorkshop: z.boolean(),
  /** Play a sound when a step's timer reaches zero. */
  timerSound: z.boolean(),
  /** Folder of the last Open/Save dialog. */
  lastFolder: z.string().max(4096).nullable(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const PreferencesPatchSchema = PreferencesSchema.omit({ lastFolder: true }).partial().strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'light',
  language: 'system',
  reopenLastWorkshop: true,
  timerSound: false,
  lastFolder: null,
};
