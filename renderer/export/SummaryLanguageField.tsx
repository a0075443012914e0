import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LanguageSchema } from '../../shared/i18n';
import { summaryLanguage } from '../../shared/summary/summary-language';
import { languageName, useLanguageStore } from '../common/i18n';
import { useWorkshop } from '../store/workshop-store';
import { changeSummaryLanguage } from './export-commands';
import './export.css';

/**
 * The language the workshop's summaries (PDF, sponsor brief, Markdown) are written in: a row of the workshop
 * details form (label, select, hint). Without a choice the summary follows the app's language.
 */
export function SummaryLanguageField() {
  const { t } = useTranslation();
  const appLanguage = useLanguageStore((state) => state.language);
  const chosen = useWorkshop((w) => w.meta.language);
  const ids = { select: useId(), hint: useId() };
  const value = summaryLanguage(chosen, appLanguage);
  return (
    <>
      <label htmlFor={ids.select}>{t('language.summary.label')}</label>
      <select
        id={ids.select}
        className="summary-language-select"
        value={value}
        aria-describedby={ids.hint}
        onChange={(event) => {
          const parsed = LanguageSchema.safeParse(event.target.value);
          if (parsed.success) changeSummaryLanguage(parsed.data);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {languageName(language)}
          </option>
        ))}
      </select>
      <p id={ids.hint} className="details-form__hint">
        {t('language.summary.hint')}
      </p>
    </>
  );
}
