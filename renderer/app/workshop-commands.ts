/** Changes to the workshop's own details (title bar, details dialog), each one undo step named for people. */
import { tr } from '../common/i18n';
import {
  renameCommunity,
  renameWorkshop,
  setFacilitator,
  setHideAuthors,
  setNextSessionDate,
  setWorkshopDate,
} from '../../shared/domain/workshop-meta';
import { changeWorkshop as change } from '../store/workshop-store';

/** Typing in the title: one undo step for the whole burst. */
export const renameWorkshopTo = (title: string) =>
  change(tr('app.undo.renameWorkshop'), (w) => renameWorkshop(w, title), { coalesceKey: 'meta.title' });

export const renameCommunityTo = (community: string) =>
  change(tr('app.undo.renameCommunity'), (w) => renameCommunity(w, community), { coalesceKey: 'meta.community' });

/** The date field: an emptied field is not a date, and the workshop keeps its last one. */
export const changeWorkshopDate = (date: string) => change(tr('app.undo.changeDate'), (w) => setWorkshopDate(w, date));

export const changeFacilitator = (facilitator: string) =>
  change(tr('app.undo.changeFacilitator'), (w) => setFacilitator(w, facilitator), { coalesceKey: 'meta.facilitator' });

/** Empty clears the next session's date (not decided yet). */
export const changeNextSessionDate = (date: string) =>
  change(date === '' ? tr('app.undo.clearNextSession') : tr('app.undo.changeNextSession'), (w) => setNextSessionDate(w, date));

export const changeHideAuthors = (hide: boolean) =>
  change(hide ? tr('app.undo.hideAuthors') : tr('app.undo.showAuthors'), (w) => setHideAuthors(w, hide));
