import type { en } from './catalog/en';

// Typed keys: `t('language.menu')` type-checks; an unknown key is a compile error, on both sides.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
