/** Sponsor-ask changes, each one undo step named for people; the status rules (dates) are in `shared/domain`. */
import { today } from '../../shared/domain/iso-date';
import { deleteAsk, saveAsk, setAskStatus, type AskFields } from '../../shared/domain/sponsor-asks';
import type { AskStatus } from '../../shared/schema';
import { tr } from '../common/i18n';
import { changeWorkshop as change } from '../store/workshop-store';

/** Saves the ask dialog: edits `askId`, or adds an ask when null; its status stamps its dates. Returns its id. */
export function saveAskDialog(askId: string | null, fields: AskFields): string {
  let id = '';
  change(tr(askId ? 'sponsors.undo.edit' : 'sponsors.undo.add'), (w) => void (id = saveAsk(w, askId, fields, today())));
  return id;
}

/** The card's status select. */
export function changeAskStatus(askId: string, status: AskStatus): void {
  change(tr('sponsors.undo.status'), (w) => setAskStatus(w, askId, status, today()));
}

export function removeAsk(askId: string): void {
  change(tr('sponsors.undo.delete'), (w) => void deleteAsk(w, askId));
}
