/**
 * English texts, the reference catalogue: every key here must exist in every other language (the type of
 * `fr.ts` enforces it) and be used somewhere in the code (tests/unit/i18n/catalog.test.ts enforces that).
 * Plurals follow i18next's JSON v4 rules (`_one`, `_other`, …: CLDR plural categories through Intl.PluralRules).
 */
export const en = {
  language: {
    name: {
      en: 'English',
      fr: 'Français',
    },
    system: 'System language ({{language}})',
    menu: 'Language',
    choose: 'Language: {{language}}',
    notRemembered: 'The language could not be remembered: {{reason}}',
  },
} as const;
