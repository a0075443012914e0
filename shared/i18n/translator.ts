import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { en } from './catalog/en';
import { fr } from './catalog/fr';
import type { Catalog } from './catalog-type';
import { pseudoCatalog } from './pseudo';
import type { Language } from './languages';

/** A language the translator can be made for: a real one, or the pseudo-locale the layout tests use. */
export type TranslatorLanguage = Language | 'pseudo';

let pseudo: Catalog | null = null;

function resourcesFor(language: TranslatorLanguage) {
  const resources = { en: { translation: en }, fr: { translation: fr } };
  return language === 'pseudo' ? { ...resources, pseudo: { translation: (pseudo ??= pseudoCatalog(en)) } } : resources;
}

/** Switches an instance made by `createI18n` to another language, at once. */
export function switchLanguage(instance: I18n, language: TranslatorLanguage): void {
  if (language === 'pseudo' && !instance.hasResourceBundle('pseudo', 'translation')) {
    instance.addResourceBundle('pseudo', 'translation', (pseudo ??= pseudoCatalog(en)));
  }
  void instance.changeLanguage(language);
}

/**
 * An i18next instance for one language, ready at once (the catalogues are bundled: nothing is loaded). Both
 * sides use it: the renderer for the interface, the main process for menus and dialogs, the summary for exports.
 * Each call makes its own instance: no global state is touched.
 */
export function createI18n(language: TranslatorLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: resourcesFor(language),
    initAsync: false,
    // React escapes on render, and the summary escapes with its own function: escaping twice would show `&amp;`.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export type Translate = TFunction;

/** A translate function for one language (see `createI18n`). */
export function translator(language: TranslatorLanguage): Translate {
  return createI18n(language).t;
}

const fixed = new Map<TranslatorLanguage, Translate>();

/**
 * A translate function for one language that never changes language, made once and kept: for code that only
 * reads the catalogue (the summary, the templates, the guide's lookup), called often.
 */
export function fixedTranslator(language: TranslatorLanguage): Translate {
  let t = fixed.get(language);
  if (!t) fixed.set(language, (t = translator(language)));
  return t;
}

/** The BCP 47 locale `Intl` formats with for a language (the pseudo-locale formats like English). */
export function intlLocale(language: TranslatorLanguage): string {
  return language === 'pseudo' ? 'en' : language;
}
