/**
 * Canvas changes, each one undo step named for people. Buttons, shortcuts, drag and drop and the keyboard all
 * come through here.
 */
import { addActivityFromCanvas, addGoalFromCanvas, canvasSourceText, type CanvasSource } from '../../shared/domain/canvas-links';
import {
  addNote,
  addNoteInZone,
  deleteNotes,
  duplicateNotes,
  moveNotes,
  NOTE_HEIGHT,
  resizeNote,
  NOTE_WIDTH,
  setNotesColor,
} from '../../shared/domain/canvas-notes';
import { changeCanvasTemplate, renameZone } from '../../shared/domain/canvas-template-change';
import { groupIntoTheme, removeFromTheme, renameTheme, ungroupTheme } from '../../shared/domain/canvas-themes';
import { castVote, withdrawVote } from '../../shared/domain/vote-budget';
import { excerpt, EXCERPT_LENGTH } from '../../shared/domain/text-units';
import { nearestZone } from '../../shared/domain/zone-of-point';
import type { CanvasTemplate, NoteColor, VoteTarget } from '../../shared/schema';
import { tr } from '../common/i18n';
import { shortcutOf } from '../common/action';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { selectedIds, useCanvasUiStore } from './canvas-ui-store';
import { screenToWorld } from './viewport-math';
import { LIMITS } from '../../shared/schema/limits';

type Change = ReturnType<typeof useWorkshopStore.getState>['change'];
const change: Change = (label, recipe, options) => useWorkshopStore.getState().change(label, recipe, options);
const notify = (text: string) => useUiStore.getState().notify('info', text);

/** Adds a note with its top-left corner at a world point, selects it and opens it for typing. */
export function addNoteAt(x: number, y: number): string {
  let id = '';
  change(tr('canvas.undo.addNote'), (w) => void (id = addNote(w.canvas, x, y).id));
  startEditing(id);
  return id;
}

/** Adds a note in the focused zone (else the zone nearest the centre of the screen, else at the centre). */
export function addNoteInFocusedZone(): string {
  const { focusedZoneId, viewport, size } = useCanvasUiStore.getState();
  const w = currentWorkshop();
  const centre = screenToWorld(viewport, size.width / 2, size.height / 2);
  const zone = w.canvas.zones.find((z) => z.id === focusedZoneId) ?? nearestZone(w.canvas.zones, centre.x, centre.y);
  if (!zone) return addNoteAt(centre.x - NOTE_WIDTH / 2, centre.y - NOTE_HEIGHT / 2);
  let id = '';
  change(tr('canvas.undo.addNote'), (draft) => {
    const target = draft.canvas.zones.find((z) => z.id === zone.id)!;
    id = addNoteInZone(draft.canvas, target).id;
  });
  startEditing(id);
  return id;
}

function startEditing(id: string) {
  useCanvasUiStore.getState().select([id]);
  useCanvasUiStore.getState().setEditing(id);
}

export function editNoteText(id: string, text: string): void {
  change(
    tr('canvas.undo.editNote'),
    (w) => {
      const note = w.canvas.notes.find((n) => n.id === id);
      if (note) note.text = text.slice(0, LIMITS.note.text);
    },
    { coalesceKey: `note-text:${id}` },
  );
}

export function setNoteAuthor(id: string, author: string | null, authorMemberId: string | null): void {
  change(
    tr('canvas.undo.setAuthor'),
    (w) => {
      const note = w.canvas.notes.find((n) => n.id === id);
      if (!note) return;
      note.author = author;
      note.authorMemberId = authorMemberId;
    },
    { coalesceKey: `note-author:${id}` },
  );
}

/** Moves notes by a world offset; their zones follow. One undo step (arrow-key bursts coalesce into one). */
export function moveNotesBy(ids: readonly string[], dx: number, dy: number, options: { coalesce?: boolean } = {}): void {
  if (ids.length === 0) return;
  const label = tr('canvas.undo.moveNotes', { count: ids.length });
  change(label, (w) => moveNotes(w.canvas, ids, dx, dy), options.coalesce ? { coalesceKey: `move:${ids.join(',')}` } : {});
}

/** Resizes one note (one undo step; a burst of key presses coalesces). */
export function resizeNoteTo(id: string, width: number, height: number, options: { coalesce?: boolean } = {}): void {
  change(
    tr('canvas.undo.resizeNote'),
    (w) => resizeNote(w.canvas, id, width, height),
    options.coalesce ? { coalesceKey: `resize:${id}` } : {},
  );
}

export function deleteSelectedNotes(): void {
  const ids = selectedIds();
  if (ids.length === 0) return;
  change(tr('canvas.undo.deleteNotes', { count: ids.length }), (w) => deleteNotes(w, ids));
  useCanvasUiStore.getState().select([]);
  notify(tr('canvas.notice.deleted', { count: ids.length, key: shortcutOf('edit.undo') }));
}

export function duplicateSelectedNotes(): void {
  const ids = selectedIds();
  if (ids.length === 0) return;
  let copies: string[] = [];
  change(tr('canvas.undo.duplicateNotes', { count: ids.length }), (w) => void (copies = duplicateNotes(w.canvas, ids)));
  useCanvasUiStore.getState().select(copies);
}

export function colourSelectedNotes(color: NoteColor): void {
  const ids = selectedIds();
  if (ids.length === 0) return;
  change(tr('canvas.undo.colour'), (w) => setNotesColor(w.canvas, ids, color));
}

export function groupSelectedIntoTheme(): string | null {
  const ids = selectedIds();
  if (ids.length === 0) return null;
  let themeId: string | null = null;
  change(tr('canvas.undo.group'), (w) => void (themeId = groupIntoTheme(w, ids)));
  const theme = currentWorkshop().canvas.themes.find((t) => t.id === themeId);
  if (theme) useCanvasUiStore.getState().announce(tr('canvas.notice.grouped', { count: ids.length, theme: theme.name }));
  return themeId;
}

export function takeSelectedOutOfTheme(): void {
  const ids = selectedIds();
  if (ids.length > 0) change(tr('canvas.undo.removeFromTheme'), (w) => removeFromTheme(w, ids));
}

export const renameThemeTo = (themeId: string, name: string) =>
  change(tr('canvas.undo.renameTheme'), (w) => renameTheme(w.canvas, themeId, name), { coalesceKey: `theme-name:${themeId}` });

export const ungroup = (themeId: string) => change(tr('canvas.undo.ungroup'), (w) => ungroupTheme(w, themeId));

export const renameZoneTo = (zoneId: string, title: string) =>
  change(tr('canvas.undo.renameZone'), (w) => renameZone(w, zoneId, title), { coalesceKey: `zone-title:${zoneId}` });

export function applyTemplate(template: CanvasTemplate): void {
  change(tr('canvas.undo.template'), (w) => changeCanvasTemplate(w, template));
  useCanvasUiStore.getState().setFocusedZone(null);
  useCanvasUiStore.getState().requestFit();
}

export const editVisionStatement = (text: string) =>
  change(tr('canvas.undo.vision'), (w) => void (w.canvas.visionStatement = text.slice(0, 5_000)), { coalesceKey: 'vision' });

const describe = (source: CanvasSource) => {
  const text = canvasSourceText(currentWorkshop(), source) ?? '';
  return excerpt(text, EXCERPT_LENGTH.notice, { firstLine: true }) || tr('canvas.notice.untitled');
};

/** "Add to backlog": a new activity in the first column, with a polite notice. */
export function addToBacklog(source: CanvasSource): void {
  let id: string | null = null;
  change(tr('canvas.undo.addToBacklog'), (w) => void (id = addActivityFromCanvas(w, source)));
  const column = currentWorkshop().backlog.columns.find((c) => id !== null && c.activityIds.includes(id));
  if (id && column) notify(tr('canvas.notice.addedToBacklog', { item: describe(source), column: column.title }));
  else useUiStore.getState().notify('error', tr('canvas.notice.noColumn'));
}

/** "Make this a goal": a new goal, with a polite notice. */
export function makeGoal(source: CanvasSource): void {
  let id: string | null = null;
  change(tr('canvas.undo.makeGoal'), (w) => void (id = addGoalFromCanvas(w, source)));
  if (id) notify(tr('canvas.notice.madeGoal', { item: describe(source) }));
}

function voterName(id: string): string {
  return currentWorkshop().members.find((m) => m.id === id)?.name ?? tr('canvas.voting.thisVoter');
}

/** Why a dot was refused, said politely. */
function refusalText(refusal: NonNullable<ReturnType<typeof castVote>>, name: string): string {
  switch (refusal) {
    case 'not-a-participant':
      return tr('canvas.voting.refusal.notAParticipant', { name });
    case 'no-dots-left':
      return tr('canvas.voting.refusal.noDotsLeft', { name });
    case 'cap-reached':
      return tr('canvas.voting.refusal.capReached', { name });
    case 'no-such-target':
      return tr('canvas.voting.refusal.noSuchTarget', { name });
  }
}

/** Places one dot of the current voter; a refusal is said politely. */
export function voteFor(target: VoteTarget): void {
  const voterId = useCanvasUiStore.getState().voterId;
  if (!voterId) {
    notify(tr('canvas.voting.chooseVoter'));
    return;
  }
  let refusal: ReturnType<typeof castVote> = null;
  change(tr('canvas.undo.vote'), (w) => void (refusal = castVote(w.canvas, voterId, target)));
  if (refusal) notify(refusalText(refusal, voterName(voterId)));
  else useCanvasUiStore.getState().announce(tr('canvas.voting.placed', { name: voterName(voterId), item: describe(target) }));
}

export function unvote(target: VoteTarget): void {
  const voterId = useCanvasUiStore.getState().voterId;
  if (!voterId) return;
  let had = false;
  change(tr('canvas.undo.unvote'), (w) => void (had = withdrawVote(w.canvas, voterId, target)));
  useCanvasUiStore
    .getState()
    .announce(
      had
        ? tr('canvas.voting.tookBack', { name: voterName(voterId), item: describe(target) })
        : tr('canvas.voting.noDotThere', { name: voterName(voterId) }),
    );
}
