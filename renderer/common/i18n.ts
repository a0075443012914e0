import { create } from 'zustand';
import { createI18n, resolveLanguage, switchLanguage, type LanguagePreference, type TranslatorLanguage } from '../../shared/i18n';
import { resetStore } from '../store/store-reset';

export type LanguageSetting = LanguagePreference | 'pseudo';

/** The system's languages as the window sees them (Electron passes the system's; a browser, its own). */
export const systemLocales = (): readonly string[] =>
  typeof navigator !== 'undefined' && Array.isArray(navigator.languages) ? navigator.languages : [];

/**
 * The layout tests' pseudo-locale (accented, 40 % longer): the page loaded with `?pseudo` shows it whatever the
 * remembered preference. No menu offers it.
 */
const pseudoForced = typeof location !== 'undefined' && new URLSearchParams(location.search).has('pseudo');

/** Until the preferences are read, the interface follows the system. */
const firstLanguage: TranslatorLanguage = pseudoForced ? 'pseudo' : resolveLanguage('system', systemLocales());

/**
 * The interface's one i18next instance (the catalogues are bundled: making it loads nothing). Components read
 * it through react-i18next (`useTranslation`), code outside components through `tr`.
 */
export const i18n = createI18n(firstLanguage);

/** Translates in the interface language, for code outside components (notices, action labels). */
export const tr = i18n.t.bind(i18n);

interface LanguageState {
  /** Back to the initial state (tests, a new session). */
  reset(): void;
  /** What the person chose (or `system`). */
  preference: LanguageSetting;
  /** The language the interface is shown in. */
  language: TranslatorLanguage;
  setPreference(preference: LanguageSetting): void;
}

export const useLanguageStore = create<LanguageState>()((set, _get, store) => ({
  reset: resetStore(store),
  preference: 'system',
  language: firstLanguage,
  setPreference: (preference) => {
    const language: TranslatorLanguage = pseudoForced || preference === 'pseudo' ? 'pseudo' : resolveLanguage(preference, systemLocales());
    switchLanguage(i18n, language);
    set({ preference, language });
  },
}));

/** The language's name in that language, for the language choice ("Français"), whatever the interface language. */
export const languageName = (language: 'en' | 'fr'): string => tr(`language.name.${language}`);
