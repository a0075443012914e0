import type { Catalog } from '../catalog-type';

/** Textes français : mêmes clés que `en.ts` (le type l'impose). */
export const fr: Catalog = {
  language: {
    name: {
      en: 'English',
      fr: 'Français',
    },
    system: 'Langue du système ({{language}})',
    menu: 'Langue',
    choose: 'Langue : {{language}}',
    notRemembered: 'La langue n’a pas pu être enregistrée : {{reason}}',
  },
};
