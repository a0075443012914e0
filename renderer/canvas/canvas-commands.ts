/**
 * Canvas changes, each one undo step named for people. Buttons, shortcuts, drag and drop and the keyboard all
 * come through here.
 */
import { addActivityFromCanvas, addGoalFromCanvas, canvasSourceText, type CanvasSource } from '../../shared/domain/canvas-links';
import { addNote, addNoteInZone, deleteNotes, duplicateNotes, moveNotes, NOTE_HEIGHT, resizeNote, NOTE_WIDTH, setNotesColor } from '../../shared/domain/canvas-notes';
import { changeCanvasTemplate, renameZone } from '../../shared/domain/canvas-template-change';
import { groupIntoTheme, removeFromTheme, renameTheme, ungroupTheme } from '../../shared/domain/canvas-themes';
import { castVote, REFUSAL_TEXT, withdrawVote } from '../../shared/domain/vote-budget';
import { excerpt, EXCERPT_LENGTH } from '../../shared/domain/text-units';
import { nearestZone } from '../../shared/domain/zone-of-point';
import type { CanvasTemplate, NoteColor, VoteTarget } from '../../shared/schema';
import { shortcutOf } from '../common/action';
import { useUiStore } from '../store/ui-store';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { selectedIds, useCanvasUi } from './canvas-ui-store';
import { screenToWorld } from './viewport-math';

type Change = ReturnType<typeof useWorkshopStore.getState>['change'];
const change: Change = (label, recipe, options) => useWorkshopStore.getState().change(label, recipe, options);
const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);
const notify = (text: string) => useUiStore.getState().notify('info', text);

/** Adds a note with its top-left corner at a world point, selects it and opens it for typing. */
export function addNoteAt(x: number, y: number): string {
  let id = '';
  change('Add note', (w) => void (id = addNote(w.canvas, x, y).id));
  startEditing(id);
  return id;
}

/** Adds a note in the focused zone (else the zone nearest the centre of the screen, else at the centre). */
export function addNoteInFocusedZone(): string {
  const { focusedZoneId, viewport, size } = useCanvasUi.getState();
  const w = currentWorkshop();
  const centre = screenToWorld(viewport, size.width / 2, size.height / 2);
  const zone = w.canvas.zones.find((z) => z.id === focusedZoneId) ?? nearestZone(w.canvas.zones, centre.x, centre.y);
  if (!zone) return addNoteAt(centre.x - NOTE_WIDTH / 2, centre.y - NOTE_HEIGHT / 2);
  let id = '';
  change('Add note', (draft) => {
    const target = draft.canvas.zones.find((z) => z.id === zone.id)!;
    id = addNoteInZone(draft.canvas, target).id;
  });
  startEditing(id);
  return id;
}

function startEditing(id: string) {
  useCanvasUi.getState().select([id]);
  useCanvasUi.getState().setEditing(id);
}

export function editNoteText(id: string, text: string): void {
  change('Edit note', (w) => {
    const note = w.canvas.notes.find((n) => n.id === id);
    if (note) note.text = text.slice(0, 2_000);
  }, { coalesceKey: `note-text:${id}` });
}

export function setNoteAuthor(id: string, author: string | null, authorMemberId: string | null): void {
  change('Set author', (w) => {
    const note = w.canvas.notes.find((n) => n.id === id);
    if (!note) return;
    note.author = author;
    note.authorMemberId = authorMemberId;
  }, { coalesceKey: `note-author:${id}` });
}

/** Moves notes by a world offset; their zones follow. One undo step (arrow-key bursts coalesce into one). */
export function moveNotesBy(ids: readonly string[], dx: number, dy: number, options: { coalesce?: boolean } = {}): void {
  if (ids.length === 0) return;
  const label = ids.length === 1 ? 'Move note' : `Move ${ids.length} notes`;
  change(label, (w) => moveNotes(w.canvas, ids, dx, dy), options.coalesce ? { coalesceKey: `move:${ids.join(',')}` } : {});
}

/** Resizes one note (one undo step; a burst of key presses coalesces). */
export function resizeNoteTo(id: string, width: number, height: number, options: { coalesce?: boolean } = {}): void {
  change('Resize note', (w) => resizeNote(w.canvas, id, width, height), options.coalesce ? { coalesceKey: `resize:${id}` } : {});
}

export function deleteSelectedNotes(): void {
  const ids = selectedIds();
  if (ids.length === 0) return;
  change(ids.length === 1 ? 'Delete note' : `Delete ${ids.length} notes`, (w) => deleteNotes(w, ids));
  useCanvasUi.getState().select([]);
  notify(`${ids.length} ${plural(ids.length, 'note')} deleted. Undo with ${shortcutOf('edit.undo')}.`);
}

export function duplicateSelectedNotes(): void {
  const ids = selectedIds();
  if (ids.length === 0) return;
  let copies: string[] = [];
  change(ids.length === 1 ? 'Duplicate note' : `Duplicate ${ids.length} notes`, (w) => void (copies = duplicateNotes(w.canvas, ids)));
  useCanvasUi.getState().select(copies);
}

export function colourSelectedNotes(color: NoteColor): void {
  const ids = selectedIds();
  if (ids.length === 0) return;
  change('Change note colour', (w) => setNotesColor(w.canvas, ids, color));
}

export function groupSelectedIntoTheme(): string | null {
  const ids = selectedIds();
  if (ids.length === 0) return null;
  let themeId: string | null = null;
  change('Group into theme', (w) => void (themeId = groupIntoTheme(w, ids)));
  const theme = currentWorkshop().canvas.themes.find((t) => t.id === themeId);
  if (theme) useCanvasUi.getState().announce(`${ids.length} ${plural(ids.length, 'note')} grouped into "${theme.name}".`);
  return themeId;
}

export function takeSelectedOutOfTheme(): void {
  const ids = selectedIds();
  if (ids.length > 0) change('Remove from theme', (w) => removeFromTheme(w, ids));
}

export const renameThemeTo = (themeId: string, name: string) =>
  change('Rename theme', (w) => renameTheme(w.canvas, themeId, name), { coalesceKey: `theme-name:${themeId}` });

export const ungroup = (themeId: string) => change('Ungroup theme', (w) => ungroupTheme(w, themeId));

export const renameZoneTo = (zoneId: string, title: string) =>
  change('Rename zone', (w) => renameZone(w, zoneId, title), { coalesceKey: `zone-title:${zoneId}` });

export function applyTemplate(template: CanvasTemplate): void {
  change('Change canvas template', (w) => changeCanvasTemplate(w, template));
  useCanvasUi.getState().setFocusedZone(null);
  useCanvasUi.getState().requestFit();
}

export const editVisionStatement = (text: string) =>
  change('Edit vision statement', (w) => void (w.canvas.visionStatement = text.slice(0, 5_000)), { coalesceKey: 'vision' });

const describe = (source: CanvasSource) => {
  const text = canvasSourceText(currentWorkshop(), source) ?? '';
  return excerpt(text, EXCERPT_LENGTH.notice, { firstLine: true }) || 'Untitled';
};

/** "Add to backlog": a new activity in the first column, with a polite notice. */
export function addToBacklog(source: CanvasSource): void {
  let id: string | null = null;
  change('Add to backlog', (w) => void (id = addActivityFromCanvas(w, source)));
  const column = currentWorkshop().backlog.columns.find((c) => id !== null && c.activityIds.includes(id));
  if (id && column) notify(`"${describe(source)}" was added to the backlog, in ${column.title}.`);
  else useUiStore.getState().notify('error', 'The backlog has no column to put the activity in.');
}

/** "Make this a goal": a new goal, with a polite notice. */
export function makeGoal(source: CanvasSource): void {
  let id: string | null = null;
  change('Make goal', (w) => void (id = addGoalFromCanvas(w, source)));
  if (id) notify(`"${describe(source)}" is now a goal; add its objectives in Goals.`);
}

function voterName(id: string): string {
  return currentWorkshop().members.find((m) => m.id === id)?.name ?? 'This voter';
}

/** Places one dot of the current voter; a refusal is said politely. */
export function voteFor(target: VoteTarget): void {
  const voterId = useCanvasUi.getState().voterId;
  if (!voterId) {
    notify('Choose who is voting first, in the voting panel.');
    return;
  }
  let refusal: ReturnType<typeof castVote> = null;
  change('Vote', (w) => void (refusal = castVote(w.canvas, voterId, target)));
  if (refusal) notify(`${voterName(voterId)} ${REFUSAL_TEXT[refusal]}.`);
  else useCanvasUi.getState().announce(`${voterName(voterId)} placed a dot on "${describe(target)}".`);
}

export function unvote(target: VoteTarget): void {
  const voterId = useCanvasUi.getState().voterId;
  if (!voterId) return;
  let had = false;
  change('Take back dot', (w) => void (had = withdrawVote(w.canvas, voterId, target)));
  useCanvasUi
    .getState()
    .announce(had ? `${voterName(voterId)} took back a dot from "${describe(target)}".` : `${voterName(voterId)} has no dot on it.`);
}
