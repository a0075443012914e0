import type { ActivityType } from '../../shared/schema';

/** One line drawing per activity type (24×24, stroked in the current text colour). Decorative: the label names it. */
const PATHS: Record<ActivityType, string> = {
  // a paper lunch bag with a folded top
  'brown-bag-lunch': 'M6 8h12l-1 13H7L6 8z M6 8l2-4h8l2 4 M10 12h4',
  // code brackets and a slash
  'code-kata': 'M8 7l-5 5 5 5 M16 7l5 5-5 5 M14 4l-4 16',
  // two people side by side
  'help-another-team':
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M2 20c0-3 3-5 6-5s6 2 6 5 M12 16c1-1 2.5-1 4-1 3 0 6 2 6 5',
  // a mortarboard
  training: 'M2 9l10-5 10 5-10 5L2 9z M6 11v5c3 3 9 3 12 0v-5 M22 9v6',
  // a branch: two commits joining
  'internal-open-source': 'M6 3v12 M6 21a2 2 0 1 0 0-4 2 2 0 0 0 0 4z M18 9a2 2 0 1 0 0-4 2 2 0 0 0 0 4z M18 9c0 5-12 4-12 8',
  // two speech bubbles
  meetup: 'M3 5h11v7H8l-3 3v-3H3V5z M10 15h6l3 3v-3h2V8h-4',
  // a simple star
  other: 'M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7L12 3z',
};

export function ActivityTypeIcon(props: { type: ActivityType; size?: number }) {
  const size = props.size ?? 18;
  return (
    <svg
      className="activity-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[props.type]} />
    </svg>
  );
}
