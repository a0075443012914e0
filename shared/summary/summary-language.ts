import type { Language, TranslatorLanguage } from '../i18n';
import type { Workshop } from '../schema';

/** The language a summary is written in: the workshop's choice, else the app's (the pseudo-locale exports English). */
export function summaryLanguage(chosen: Language | undefined, appLanguage: TranslatorLanguage): Language {
  return chosen ?? (appLanguage === 'pseudo' ? 'en' : appLanguage);
}

/** The workshop as sent for export: it says the language its summary is written in. */
export function withSummaryLanguage(workshop: Workshop, appLanguage: TranslatorLanguage): Workshop {
  return workshop.meta.language ? workshop : { ...workshop, meta: { ...workshop.meta, language: summaryLanguage(undefined, appLanguage) } };
}
