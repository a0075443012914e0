import { z } from 'zod';

/** The languages CoP Studio speaks. A workshop is run, and its summary exported, in one of them. */
export const LANGUAGES = ['en', 'fr'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** The interface language the person chose: a language, or whatever the system uses. */
export const LANGUAGE_PREFERENCES = ['system', ...LANGUAGES] as const;
export const LanguagePreferenceSchema = z.enum(LANGUAGE_PREFERENCES);
export type LanguagePreference = z.infer<typeof LanguagePreferenceSchema>;

export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * The language to use for a preference, given the system's preferred locales in order (BCP 47 tags such as
 * `fr-LU`, `en-GB`): the first one CoP Studio speaks, else English.
 */
export function resolveLanguage(preference: LanguagePreference, systemLocales: readonly string[]): Language {
  if (preference !== 'system') return preference;
  for (const locale of systemLocales) {
    const base = locale.toLowerCase().split(/[-_]/)[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
