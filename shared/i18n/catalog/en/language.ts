/** The language choice (View ▸ Language, the title bar's More menu). */
export const language = {
  name: {
    en: 'English',
    fr: 'Français',
  },
  summary: {
    label: 'Summary language',
    hint: 'The PDF summary, the sponsor brief and the Markdown summary are written in this language. The workshop’s own text is never translated.',
    change: 'Change summary language',
  },
  system: 'System language ({{language}})',
  menu: 'Language',
  choose: 'Language: {{language}}',
  notRemembered: 'The language could not be remembered: {{reason}}',
} as const;
