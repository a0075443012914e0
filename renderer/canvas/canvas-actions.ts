import { tr } from '../common/i18n';
import { defineActions, type ActionContext } from '../common/action';
import { useUiStore } from '../store/ui-store';
import { addNoteInFocusedZone, deleteSelectedNotes, duplicateSelectedNotes, groupSelectedIntoTheme } from './canvas-commands';
import { useCanvasUiStore } from './canvas-ui-store';
import { actualSize, fitToScreen, zoomIn, zoomOut } from './viewport-commands';

/** From the menu the canvas may not be showing: show it, then act. */
const onTheCanvas = (perform: () => unknown) => () => {
  useUiStore.getState().setView('canvas');
  return perform();
};
const hasSelection = () => useCanvasUiStore.getState().selectedIds.size > 0;
/** The note keys work in edit mode (in dot-vote mode the notes are not edited). */
const editing = (_event: KeyboardEvent, _context: ActionContext) => useUiStore.getState().canvasMode === 'edit';
/** Not while a control that has uses of its own for keys has the focus (a note is not such a control). */
const notOnControl = (event: KeyboardEvent) =>
  !(event.target instanceof HTMLElement) ||
  event.target.classList.contains('note') ||
  event.target.closest('button, select, input, textarea, [role="radio"], [role="checkbox"]') === null;

/** The canvas's actions; their keys work while the canvas shows (scope `canvas`). Keys local to a focused note live on the note. */
export const CANVAS_ACTIONS = defineActions([
  {
    id: 'canvas.addNote',
    get label() {
      return tr('canvas.action.addNote');
    },
    keyGuard: editing,
    perform: onTheCanvas(addNoteInFocusedZone),
  },
  {
    id: 'canvas.delete',
    get label() {
      return tr('canvas.action.delete');
    },
    enabled: hasSelection,
    keyGuard: (event, context) => editing(event, context) && notOnControl(event),
    perform: onTheCanvas(deleteSelectedNotes),
  },
  {
    id: 'canvas.duplicate',
    get label() {
      return tr('canvas.action.duplicate');
    },
    enabled: hasSelection,
    keyGuard: editing,
    perform: onTheCanvas(duplicateSelectedNotes),
  },
  {
    id: 'canvas.group',
    get label() {
      return tr('canvas.action.group');
    },
    enabled: hasSelection,
    keyGuard: editing,
    perform: onTheCanvas(() => groupSelectedIntoTheme()),
  },
  {
    id: 'canvas.zoomIn',
    get label() {
      return tr('canvas.action.zoomIn');
    },
    keyGuard: notOnControl,
    perform: onTheCanvas(zoomIn),
  },
  {
    id: 'canvas.zoomOut',
    get label() {
      return tr('canvas.action.zoomOut');
    },
    keyGuard: notOnControl,
    perform: onTheCanvas(zoomOut),
  },
  {
    id: 'canvas.actualSize',
    get label() {
      return tr('canvas.action.actualSize');
    },
    keyGuard: notOnControl,
    perform: onTheCanvas(actualSize),
  },
  {
    id: 'canvas.fit',
    get label() {
      return tr('canvas.action.fit');
    },
    keyGuard: notOnControl,
    perform: onTheCanvas(fitToScreen),
  },
]);
