import type { ViewId } from '../../shared/schema';
import { tr } from '../common/i18n';

/** The app's views, in navigation order (Alt+1 … Alt+7). */
export const VIEW_LIST: ReadonlyArray<{ id: ViewId; readonly label: string }> = (
  ['canvas', 'backlog', 'people', 'goals', 'sponsors', 'impact', 'agenda'] as const
).map((id) => ({
  id,
  // A getter: read in the language shown.
  get label() {
    return tr(`app.view.${id}`);
  },
}));
