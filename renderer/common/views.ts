import { VIEW_IDS, type ViewId } from '../../shared/schema';
import { tr } from './i18n';

/**
 * The views, one list in navigation order (`VIEW_IDS` in shared/schema): the nav bar, the `view.show.<id>`
 * actions with Alt+1 … Alt+7 (shared/actions/action-specs.ts) and the View ▸ Go To menu all follow it.
 */
export const VIEW_ORDER: readonly ViewId[] = VIEW_IDS;

/** A view's name in the interface language. */
export const viewLabel = (id: ViewId): string => tr(`common.views.${id}`);
