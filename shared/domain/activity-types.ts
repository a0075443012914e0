import type { Translate } from '../i18n';
import type { Activity } from '../schema';
import { activityTypeLabel } from './labels';

/** How an activity is named to people and screen readers, in the language of `t`: "Code kata: TDD". */
export function activityName(activity: Pick<Activity, 'type' | 'title'>, t: Translate): string {
  return t('backlog.activityName', { type: activityTypeLabel(t, activity.type), title: activity.title });
}
