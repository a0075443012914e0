import { activityName as sharedActivityName } from '../../shared/domain/activity-types';
import { intlLocale, type TranslatorLanguage } from '../../shared/i18n';
import { ACTIVITY_TYPES, type Activity, type ActivityType } from '../../shared/schema';
import { i18n, tr } from '../common/i18n';
import { activityTypeLabel } from '../common/labels';

export { formatDate as formatPlannedDate } from '../common/labels';

/** The interface language now (components subscribe to it through `useTranslation`). */
const language = () => i18n.language as TranslatorLanguage;

/** An activity type as people say it, in the interface language ("Code kata", « Kata de code »). */
export const typeLabel = (type: ActivityType): string => activityTypeLabel(tr, type);

/** The types, in the schema's order, for the pickers. */
export const typeOptions = () => ACTIVITY_TYPES.map((type) => ({ type, label: typeLabel(type) }));

/** How an activity is named to people and screen readers: "Code kata: TDD", « Kata de code : TDD ». */
export const activityName = (activity: Pick<Activity, 'type' | 'title'>): string => sharedActivityName(activity, tr);

/** Hours of effort: "1.5 h", « 1,5 h ». */
export const formatEffort = (hours: number): string =>
  tr('backlog.card.hours', {
    hours: new Intl.NumberFormat(intlLocale(language()), { maximumFractionDigits: 1, useGrouping: false }).format(hours),
  });
