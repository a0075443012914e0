import type { TranslatorLanguage } from '../../shared/i18n';
import { formatDate as formatEnglishCalendarDate } from '../../shared/summary/format';
import { i18n } from './i18n';

export { activityTypeLabel, askKindLabel, askStatusLabel, roleGroupLabel, roleLabel } from '../../shared/domain/labels';

/** The interface language right now (the i18next instance switches before the views re-render). */
export const interfaceLanguage = (): TranslatorLanguage => i18n.language as TranslatorLanguage;

/** The locale `Intl` formats with: English as written in Britain (day month year), as the views always were. */
const locale = (language: TranslatorLanguage) => (language === 'fr' ? 'fr-FR' : 'en-GB');

const calendarDate = new Map<string, Intl.DateTimeFormat>();

/**
 * "24 Nov 2026" / "24 nov. 2026" from "2026-11-24", in the interface language unless told; stable whatever the
 * machine's time zone (a calendar date is formatted at noon UTC, in UTC). English keeps the team's one calendar
 * format, the one the summary and the backlog use (ICU's British English writes "Sept").
 */
export function formatDate(iso: string | null, language: TranslatorLanguage = interfaceLanguage()): string {
  if (!iso) return '';
  if (language !== 'fr') return formatEnglishCalendarDate(iso);
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const format =
    calendarDate.get(language) ??
    calendarDate
      .set(language, new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }))
      .get(language)!;
  return format.format(Date.UTC(y, m - 1, d, 12));
}

/** "15 Jul 26" / "15 juil. 26" from "2026-07-15": a chart's axis label. */
export function formatShortDate(iso: string, language: TranslatorLanguage = interfaceLanguage()): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale(language), {
    day: 'numeric',
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
}

/** "Nov 2026" / "nov. 2026" from "2026-11". */
export function formatMonth(month: string, language: TranslatorLanguage = interfaceLanguage()): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return date.toLocaleDateString(locale(language), { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "1,234.5" / "1 234,5": at most two decimals. */
export function formatNumber(value: number, language: TranslatorLanguage = interfaceLanguage()): string {
  return value.toLocaleString(locale(language), { maximumFractionDigits: 2 });
}
