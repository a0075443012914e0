import { tr } from '../common/i18n';
import { primaryModifier, shortcutLabel, type AppAction } from '../actions/action';
import { useUiStore } from '../store/ui-store';
import {
  addNoteInFocusedZone,
  deleteSelectedNotes,
  duplicateSelectedNotes,
  groupSelectedIntoTheme,
} from './canvas-commands';
import { useCanvasUi } from './canvas-ui-store';
import { actualSize, fitToContent, zoomIn, zoomOut } from './viewport-commands';

const onCanvas = () => useUiStore.getState().view === 'canvas';
/** From the menu the canvas may not be showing: show it, then act. */
const onTheCanvas = (perform: () => unknown) => () => {
  useUiStore.getState().setView('canvas');
  return perform();
};
const editing = () => onCanvas() && useUiStore.getState().canvasMode === 'edit';
const hasSelection = () => useCanvasUi.getState().selectedIds.size > 0;
const plain = (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && !event.altKey;
/** Not while a control that has uses of its own for keys has the focus (a note is not such a control). */
const notOnControl = (event: KeyboardEvent) =>
  !(event.target instanceof HTMLElement) ||
  event.target.classList.contains('note') ||
  event.target.closest('button, select, input, textarea, [role="radio"], [role="checkbox"]') === null;

/** The canvas's keyboard shortcuts, listed in the keyboard map. Keys local to a focused note live on the note. */
export const CANVAS_ACTIONS: ReadonlyArray<AppAction> = [
  {
    id: 'canvas.addNote',
    get label() {
      return tr('canvas.action.addNote');
    },
    shortcut: 'N',
    keyTest: (e) => editing() && plain(e) && !e.shiftKey && e.key.toLowerCase() === 'n',
    menuCommand: 'canvas.addNote',
    perform: onTheCanvas(addNoteInFocusedZone),
  },
  {
    id: 'canvas.delete',
    get label() {
      return tr('canvas.action.delete');
    },
    shortcut: 'Delete',
    keyTest: (e) => editing() && plain(e) && (e.key === 'Delete' || e.key === 'Backspace') && hasSelection() && notOnControl(e),
    menuCommand: 'canvas.delete',
    perform: onTheCanvas(deleteSelectedNotes),
  },
  {
    id: 'canvas.duplicate',
    get label() {
      return tr('canvas.action.duplicate');
    },
    shortcut: shortcutLabel('Mod+D'),
    keyTest: (e) => editing() && primaryModifier(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd' && hasSelection(),
    menuCommand: 'canvas.duplicate',
    perform: onTheCanvas(duplicateSelectedNotes),
  },
  {
    id: 'canvas.group',
    get label() {
      return tr('canvas.action.group');
    },
    shortcut: 'G',
    keyTest: (e) => editing() && plain(e) && !e.shiftKey && e.key.toLowerCase() === 'g' && hasSelection(),
    menuCommand: 'canvas.group',
    perform: onTheCanvas(groupSelectedIntoTheme),
  },
  {
    id: 'canvas.zoomIn',
    get label() {
      return tr('canvas.action.zoomIn');
    },
    shortcut: '+',
    keyTest: (e) => onCanvas() && plain(e) && (e.key === '+' || e.key === '=') && notOnControl(e),
    menuCommand: 'canvas.zoomIn',
    perform: onTheCanvas(zoomIn),
  },
  {
    id: 'canvas.zoomOut',
    get label() {
      return tr('canvas.action.zoomOut');
    },
    shortcut: '-',
    keyTest: (e) => onCanvas() && plain(e) && (e.key === '-' || e.key === '_') && notOnControl(e),
    menuCommand: 'canvas.zoomOut',
    perform: onTheCanvas(zoomOut),
  },
  {
    id: 'canvas.actualSize',
    get label() {
      return tr('canvas.action.actualSize');
    },
    shortcut: '0',
    keyTest: (e) => onCanvas() && plain(e) && e.key === '0' && notOnControl(e),
    menuCommand: 'canvas.actualSize',
    perform: onTheCanvas(actualSize),
  },
  {
    id: 'canvas.fit',
    get label() {
      return tr('canvas.action.fit');
    },
    shortcut: '1',
    keyTest: (e) => onCanvas() && plain(e) && e.key === '1' && notOnControl(e),
    menuCommand: 'canvas.fit',
    perform: onTheCanvas(fitToContent),
  },
];

