import { NOTE_COLORS } from '../../shared/schema';
import { useUiStore, type CanvasMode } from '../store/ui-store';
import { useCanvasUi } from './canvas-ui-store';
import {
  addNoteInFocusedZone,
  addToBacklog,
  colourSelectedNotes,
  deleteSelectedNotes,
  duplicateSelectedNotes,
  groupSelectedIntoTheme,
  makeGoal,
} from './canvas-commands';
import { TemplateChooser } from './TemplateChooser';
import { actualSize, fitToContent, zoomIn, zoomOut } from './viewport-commands';
import { COLOR_NAMES } from './color-names';

const MODES: ReadonlyArray<{ id: CanvasMode; label: string }> = [
  { id: 'edit', label: 'Edit' },
  { id: 'voting', label: 'Dot vote' },
];

/** The canvas toolbar: mode, notes, selection, zoom, template. Every button works from the keyboard too. */
export function CanvasToolbar() {
  const mode = useUiStore((s) => s.canvasMode);
  const setMode = useUiStore((s) => s.setCanvasMode);
  const count = useCanvasUi((s) => s.selectedIds.size);
  const single = useCanvasUi((s) => (s.selectedIds.size === 1 ? [...s.selectedIds][0]! : null));
  const zoom = useCanvasUi((s) => s.viewport.zoom);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <div className="toolbar__group" role="group" aria-label="Canvas mode">
        {MODES.map((m) => (
          <button
            key={m.id}
            type="button"
            className={`button${mode === m.id ? ' button--primary' : ''}`}
            aria-pressed={mode === m.id}
            onClick={() => setMode(m.id)}
          >
            {m.label}
          </button>
        ))}
      </div>
      {mode === 'edit' && (
        <div className="toolbar__group editing-chrome" role="group" aria-label="Notes">
          <button type="button" className="button" onClick={addNoteInFocusedZone} title="Add note (N)" aria-keyshortcuts="N">
            Add note
          </button>
          {/* Always there (disabled without a selection): selecting never changes the toolbar's size, so the board never moves. */}
          <span className="toolbar__count" aria-live="polite">
            {count > 0 ? `${count} selected` : 'No selection'}
          </span>
          <div className="swatches" role="group" aria-label="Colour of the selected notes">
            {NOTE_COLORS.map((color) => (
              <button
                key={color}
                type="button"
                className={`swatch note-color--${color}`}
                aria-label={COLOR_NAMES[color]}
                title={COLOR_NAMES[color]}
                disabled={count === 0}
                onClick={() => colourSelectedNotes(color)}
              />
            ))}
          </div>
          <button type="button" className="button" disabled={count === 0} onClick={duplicateSelectedNotes} title="Duplicate (Ctrl+D)">
            Duplicate
          </button>
          <button type="button" className="button" disabled={count === 0} onClick={deleteSelectedNotes} title="Delete (Delete)">
            Delete
          </button>
          <button type="button" className="button" disabled={count === 0} onClick={() => groupSelectedIntoTheme()} title="Group into theme (G)">
            Group into theme
          </button>
          <button type="button" className="button" disabled={!single} onClick={() => single && addToBacklog({ kind: 'note', id: single })}>
            Add to backlog
          </button>
          <button type="button" className="button" disabled={!single} onClick={() => single && makeGoal({ kind: 'note', id: single })}>
            Make this a goal
          </button>
        </div>
      )}
      <div className="toolbar__group toolbar__group--end" role="group" aria-label="Zoom">
        <button type="button" className="button" aria-label="Zoom out" title="Zoom out (-)" onClick={zoomOut}>
          −
        </button>
        <button type="button" className="button toolbar__zoom" title="Actual size (0)" aria-label={`${Math.round(zoom * 100)} % (actual size)`} onClick={actualSize}>
          {Math.round(zoom * 100)} %
        </button>
        <button type="button" className="button" aria-label="Zoom in" title="Zoom in (+)" onClick={zoomIn}>
          +
        </button>
        <button type="button" className="button" title="Fit to content (1)" onClick={fitToContent}>
          Fit
        </button>
        <span className="editing-chrome">
          <TemplateChooser />
        </span>
      </div>
    </div>
  );
}
