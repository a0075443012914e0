import i18next from 'i18next';
import { phone as en } from '../../shared/i18n/catalog/en/phone';
import { phone as fr } from '../../shared/i18n/catalog/fr/phone';

export type PhoneLanguage = 'en' | 'fr';

/** Until the room says its language, the phone's own (the first of its languages CoP Studio speaks, else English). */
export function browserLanguage(
  locales: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []),
): PhoneLanguage {
  for (const locale of locales) {
    const base = locale.toLowerCase().split(/[-_]/)[0];
    if (base === 'en' || base === 'fr') return base;
  }
  return 'en';
}

/**
 * The language of the first paint: the room's, which the server writes into the page it serves
 * (`<html data-room-language>`), else the phone's own.
 */
export function firstLanguage(
  root: { dataset: DOMStringMap } | null = typeof document === 'undefined' ? null : document.documentElement,
): PhoneLanguage {
  const room = root?.dataset.roomLanguage;
  return room === 'en' || room === 'fr' ? room : browserLanguage();
}

/**
 * The phone page's own small i18next instance: only the `phone` namespace of the catalogue is bundled (the page
 * stays light). It is shown in the room's language, which the server sends with `hello` and each view.
 */
export const phoneI18n = i18next.createInstance();
void phoneI18n.init({
  lng: firstLanguage(),
  fallbackLng: 'en',
  resources: { en: { translation: { phone: en } }, fr: { translation: { phone: fr } } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Translates a key of the `phone` namespace in the room's language. */
export const pt = phoneI18n.t.bind(phoneI18n);

/** Shows the page in another language (the room's), at once. */
export function setPhoneLanguage(language: PhoneLanguage): void {
  if (phoneI18n.language !== language) void phoneI18n.changeLanguage(language);
  document.documentElement.lang = language;
  document.title = pt('phone.appName');
}
