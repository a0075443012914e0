import type { Catalog } from '../../catalog-type';

export const language: Catalog['language'] = {
  name: {
    en: 'English',
    fr: 'Français',
  },
  summary: {
    label: 'Langue de la synthèse',
    hint: 'La synthèse PDF, la note au sponsor et la synthèse Markdown sont rédigées dans cette langue. Le contenu de l’atelier n’est jamais traduit.',
    change: 'Changer la langue de la synthèse',
  },
  system: 'Langue du système ({{language}})',
  menu: 'Langue',
  choose: 'Langue : {{language}}',
  notRemembered: 'La langue n’a pas pu être enregistrée : {{reason}}',
};
