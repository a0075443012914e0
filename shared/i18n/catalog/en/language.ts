/** The language choice (View ▸ Language, the title bar's More menu). */
export const language = {
  name: {
    en: 'English',
    fr: 'Français',
  },
  system: 'System language ({{language}})',
  menu: 'Language',
  choose: 'Language: {{language}}',
  notRemembered: 'The language could not be remembered: {{reason}}',
} as const;
