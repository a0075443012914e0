import type { Catalog } from '../../catalog-type';

export const language: Catalog['language'] = {
  name: {
    en: 'English',
    fr: 'Français',
  },
  system: 'Langue du système ({{language}})',
  menu: 'Langue',
  choose: 'Langue : {{language}}',
  notRemembered: 'La langue n’a pas pu être enregistrée : {{reason}}',
};
