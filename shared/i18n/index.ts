export * from './languages';
export { createI18n, fixedTranslator, intlLocale, switchLanguage, translator, type Translate, type TranslatorLanguage } from './translator';
export type { Catalog } from './catalog-type';
