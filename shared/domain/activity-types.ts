import { ACTIVITY_TYPES, type Activity, type ActivityType } from '../schema';

/** The readable name of each activity type, as people say it. */
export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, string>> = {
  'brown-bag-lunch': 'Brown bag lunch',
  'code-kata': 'Code kata',
  'help-another-team': 'Help another team',
  training: 'Training',
  'internal-open-source': 'Internal open source',
  meetup: 'Meetup',
  other: 'Other',
};

export const ACTIVITY_TYPE_OPTIONS = ACTIVITY_TYPES.map((type) => ({ type, label: ACTIVITY_TYPE_LABELS[type] }));

/** How an activity is named to people and screen readers: "Code kata: TDD". */
export function activityName(activity: Pick<Activity, 'type' | 'title'>): string {
  return `${ACTIVITY_TYPE_LABELS[activity.type]}: ${activity.title}`;
}
