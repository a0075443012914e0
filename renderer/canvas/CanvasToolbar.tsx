import { NOTE_COLORS } from '../../shared/schema';
import { useUiStore, type CanvasMode } from '../store/ui-store';
import { useCanvasUi } from './canvas-ui-store';
import { ActionButton } from '../common/ActionButton';
import { addToBacklog, colourSelectedNotes, makeGoal } from './canvas-commands';
import { TemplateChooser } from './TemplateChooser';
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
          <ActionButton id="canvas.addNote">Add note</ActionButton>
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
          {/* Disabled without a selection: the actions' `enabled`, which the Canvas menu follows too. */}
          <ActionButton id="canvas.duplicate">Duplicate</ActionButton>
          <ActionButton id="canvas.delete">Delete</ActionButton>
          <ActionButton id="canvas.group">Group into theme</ActionButton>
          <button type="button" className="button" disabled={!single} onClick={() => single && addToBacklog({ kind: 'note', id: single })}>
            Add to backlog
          </button>
          <button type="button" className="button" disabled={!single} onClick={() => single && makeGoal({ kind: 'note', id: single })}>
            Make this a goal
          </button>
        </div>
      )}
      <div className="toolbar__group toolbar__group--end" role="group" aria-label="Zoom">
        <ActionButton id="canvas.zoomOut" aria-label="Zoom out">
          −
        </ActionButton>
        <ActionButton id="canvas.actualSize" className="button toolbar__zoom" aria-label={`${Math.round(zoom * 100)} % (actual size)`}>
          {Math.round(zoom * 100)} %
        </ActionButton>
        <ActionButton id="canvas.zoomIn" aria-label="Zoom in">
          +
        </ActionButton>
        <ActionButton id="canvas.fit">Fit to screen</ActionButton>
        <span className="editing-chrome">
          <TemplateChooser />
        </span>
      </div>
    </div>
  );
}
