/**
 * People changes, each one undo step named for people. The people view, its dialogs and the check-in come
 * through here; the rules are in `shared/domain`.
 */
import { addParticipant, setPresent } from '../../shared/domain/check-in';
import { deleteMember } from '../../shared/domain/delete-member';
import { today } from '../../shared/domain/iso-date';
import { saveMember, type MemberFields } from '../../shared/domain/members';
import { tr } from '../common/i18n';
import { changeWorkshop as change } from '../store/workshop-store';

/** Saves the member dialog: edits `memberId`, or adds a member when null. Returns the member's id. */
export function saveMemberDialog(memberId: string | null, fields: MemberFields): string {
  let id = '';
  change(tr(memberId ? 'people.undo.edit' : 'people.undo.add'), (w) => void (id = saveMember(w, memberId, fields)));
  return id;
}

/** Deletes a member and every reference to them (notes keep their author's name). */
export function removeMember(memberId: string): void {
  change(tr('people.undo.delete'), (w) => deleteMember(w, memberId));
}

/** Check-in: marks a member present (or not) at this workshop. */
export function setMemberPresent(memberId: string, present: boolean): void {
  change(tr(present ? 'people.undo.checkIn' : 'people.undo.checkOut'), (w) => setPresent(w, memberId, present));
}

/** Check-in of someone who is not a member yet: a new occasional member, present, who joined today. */
export function checkInNewcomer(name: string, team: string): string {
  let id = '';
  change(tr('people.undo.addParticipant'), (w) => void (id = addParticipant(w, { name, team, role: 'occasional' }, today())));
  return id;
}
