import { intlLocale, type TranslatorLanguage } from '../../shared/i18n';
import { ACTIVITY_TYPES, type Activity, type ActivityType } from '../../shared/schema';
import { formatDate } from '../../shared/summary/format';
import { i18n, tr } from '../common/i18n';

/** The interface language now (components subscribe to it through `useTranslation`). */
const language = () => i18n.language as TranslatorLanguage;

/** An activity type as people say it, in the interface language ("Code kata", « Kata de code »). */
export const typeLabel = (type: ActivityType): string => tr(`backlog.activityType.${type}`);

/** The types, in the schema's order, for the pickers. */
export const typeOptions = () => ACTIVITY_TYPES.map((type) => ({ type, label: typeLabel(type) }));

/** How an activity is named to people and screen readers: "Code kata: TDD", « Kata de code : TDD ». */
export const activityName = (activity: Pick<Activity, 'type' | 'title'>): string =>
  tr('backlog.activityName', { type: typeLabel(activity.type), title: activity.title });

/**
 * A planned date in the interface language: "24 Nov 2026" (the summary's English form, unchanged), « 24 nov. 2026 »
 * through Intl in French. Calendar dates: no time zone involved.
 */
export function formatPlannedDate(isoDate: string): string {
  const current = language();
  if (current !== 'fr') return formatDate(isoDate);
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(current), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Hours of effort: "1.5 h", « 1,5 h ». */
export const formatEffort = (hours: number): string =>
  tr('backlog.card.hours', {
    hours: new Intl.NumberFormat(intlLocale(language()), { maximumFractionDigits: 1, useGrouping: false }).format(hours),
  });
