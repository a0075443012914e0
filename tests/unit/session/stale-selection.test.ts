import { beforeEach, describe, expect, test } from 'vitest';
import { addNote } from '../../../shared/domain/canvas-notes';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import type { CopStudioApi } from '../../../shared/ipc';
import { installFakeWindow } from './fake-window';

/**
 * The bug "select notes, switch view, open another workshop, Canvas ▸ Delete": the canvas pruned its selection
 * only while it was mounted, so the second workshop's Delete acted on the first one's ids (an empty undo step and
 * a "2 notes deleted" notice). The selection now follows every document change in the store layer.
 */
installFakeWindow({} as Partial<CopStudioApi>);
const { useWorkshopStore } = await import('../../../renderer/store/workshop-store');
const { useUiStore } = await import('../../../renderer/store/ui-store');
const { useCanvasUiStore } = await import('../../../renderer/canvas/canvas-ui-store');
const { APP_ACTIONS } = await import('../../../renderer/app/app-actions');
const { installActions } = await import('../../../renderer/app/action-state');
const { performAction } = await import('../../../renderer/common/action-registry');
const { showOpened } = await import('../../../renderer/files/file-commands');
const { createSession } = await import('../../../renderer/app/session');
const { canUndo } = await import('../../../shared/domain/undo-history');

function workshopWithNotes(texts: string[]) {
  const workshop = createWorkshop();
  for (const [i, text] of texts.entries()) addNote(workshop.canvas, 100 * i, 100).text = text;
  return workshop;
}
/** Canvas ▸ Delete, as the menu runs it: through the registry, which refuses a disabled action. */
const canvasDelete = async () => {
  performAction('canvas.delete');
  await new Promise((resolve) => setTimeout(resolve, 0));
};
const notes = () => useWorkshopStore.getState().history.present.canvas.notes.map((n) => n.text);
const noticeTexts = () => useUiStore.getState().notices.map((n) => n.text);

let session: ReturnType<typeof createSession>;
beforeEach(() => {
  session?.dispose();
  for (const store of [useWorkshopStore, useUiStore, useCanvasUiStore]) store.getState().reset();
  installActions(APP_ACTIONS);
  session = createSession();
  session.start();
  return () => session.dispose();
});

describe('the canvas selection follows the document', () => {
  test('select notes, switch view, open another workshop, Canvas ▸ Delete: nothing is deleted, no undo step, no notice', async () => {
    const first = workshopWithNotes(['one', 'two', 'three']);
    showOpened({ workshop: first, path: '/docs/first.copstudio', readOnly: false, migratedFrom: null });
    useCanvasUiStore.getState().select(first.canvas.notes.slice(0, 2).map((n) => n.id));
    useUiStore.getState().setView('agenda');
    showOpened({ workshop: workshopWithNotes(['alpha', 'beta']), path: '/docs/second.copstudio', readOnly: false, migratedFrom: null });

    expect(useCanvasUiStore.getState().selectedIds.size).toBe(0);
    await canvasDelete();
    expect(notes()).toEqual(['alpha', 'beta']);
    expect(canUndo(useWorkshopStore.getState().history)).toBe(false);
    expect(noticeTexts().filter((t) => t.includes('deleted'))).toEqual([]);
  });

  test('undo of an added note drops it from the selection and stops its editing, with no canvas on screen', () => {
    showOpened({ workshop: workshopWithNotes(['kept']), path: '/docs/other.copstudio', readOnly: false, migratedFrom: null });
    useUiStore.getState().setView('agenda');
    const kept = useWorkshopStore.getState().history.present.canvas.notes[0]!.id;
    let added = '';
    useWorkshopStore.getState().change('Add note', (w) => void (added = addNote(w.canvas, 0, 0).id));
    useCanvasUiStore.getState().select([kept, added]);
    useCanvasUiStore.getState().setEditing(added);
    useWorkshopStore.getState().undo();
    expect([...useCanvasUiStore.getState().selectedIds]).toEqual([kept]);
    expect(useCanvasUiStore.getState().editingId).toBeNull();
    useWorkshopStore.getState().redo();
    expect([...useCanvasUiStore.getState().selectedIds]).toEqual([kept]);
  });

  test('a note deleted by a change (a room withdrawal, another command) leaves the selection', () => {
    showOpened({ workshop: workshopWithNotes(['a', 'b']), path: '/docs/other.copstudio', readOnly: false, migratedFrom: null });
    const [a, b] = useWorkshopStore.getState().history.present.canvas.notes.map((n) => n.id);
    useCanvasUiStore.getState().select([a!, b!]);
    useWorkshopStore.getState().change('Withdraw note', (w) => void (w.canvas.notes = w.canvas.notes.filter((n) => n.id !== a)));
    expect([...useCanvasUiStore.getState().selectedIds]).toEqual([b]);
  });

  test('after dispose the session no longer follows the document', () => {
    showOpened({ workshop: workshopWithNotes(['a']), path: '/docs/other.copstudio', readOnly: false, migratedFrom: null });
    const [a] = useWorkshopStore.getState().history.present.canvas.notes.map((n) => n.id);
    useCanvasUiStore.getState().select([a!]);
    session.dispose();
    useWorkshopStore.getState().change('Delete', (w) => void (w.canvas.notes = []));
    expect([...useCanvasUiStore.getState().selectedIds]).toEqual([a]);
  });
});
