import { useTranslation } from 'react-i18next';
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
import { colorName } from './color-names';
import { shortcutLabel } from '../actions/action';

const MODES: ReadonlyArray<CanvasMode> = ['edit', 'voting'];

/** The canvas toolbar: mode, notes, selection, zoom, template. Every button works from the keyboard too. */
export function CanvasToolbar() {
  const mode = useUiStore((s) => s.canvasMode);
  const setMode = useUiStore((s) => s.setCanvasMode);
  const count = useCanvasUi((s) => s.selectedIds.size);
  const single = useCanvasUi((s) => (s.selectedIds.size === 1 ? [...s.selectedIds][0]! : null));
  const zoom = useCanvasUi((s) => s.viewport.zoom);
  const { t } = useTranslation();
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('canvas.toolbar.label')}>
      <div className="toolbar__group" role="group" aria-label={t('canvas.toolbar.mode')}>
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            className={`button${mode === m ? ' button--primary' : ''}`}
            aria-pressed={mode === m}
            onClick={() => setMode(m)}
          >
            {m === 'edit' ? t('canvas.toolbar.edit') : t('canvas.toolbar.voting')}
          </button>
        ))}
      </div>
      {mode === 'edit' && (
        <div className="toolbar__group editing-chrome" role="group" aria-label={t('canvas.toolbar.notes')}>
          <button type="button" className="button" onClick={addNoteInFocusedZone} title={t('canvas.toolbar.addNoteTitle')} aria-keyshortcuts="N">
            {t('canvas.toolbar.addNote')}
          </button>
          {/* Always there (disabled without a selection): selecting never changes the toolbar's size, so the board never moves. */}
          <span className="toolbar__count" aria-live="polite">
            {count > 0 ? t('canvas.toolbar.selected', { count }) : t('canvas.toolbar.noSelection')}
          </span>
          <div className="swatches" role="group" aria-label={t('canvas.toolbar.colours')}>
            {NOTE_COLORS.map((color) => (
              <button
                key={color}
                type="button"
                className={`swatch note-color--${color}`}
                aria-label={colorName(color)}
                title={colorName(color)}
                disabled={count === 0}
                onClick={() => colourSelectedNotes(color)}
              />
            ))}
          </div>
          <button type="button" className="button" disabled={count === 0} onClick={duplicateSelectedNotes} title={t('canvas.toolbar.duplicateTitle', { key: shortcutLabel('Mod+D') })}>
            {t('canvas.toolbar.duplicate')}
          </button>
          <button type="button" className="button" disabled={count === 0} onClick={deleteSelectedNotes} title={t('canvas.toolbar.deleteTitle')}>
            {t('canvas.toolbar.delete')}
          </button>
          <button type="button" className="button" disabled={count === 0} onClick={() => groupSelectedIntoTheme()} title={t('canvas.toolbar.groupTitle')}>
            {t('canvas.toolbar.group')}
          </button>
          <button type="button" className="button" disabled={!single} onClick={() => single && addToBacklog({ kind: 'note', id: single })}>
            {t('canvas.toolbar.addToBacklog')}
          </button>
          <button type="button" className="button" disabled={!single} onClick={() => single && makeGoal({ kind: 'note', id: single })}>
            {t('canvas.toolbar.makeGoal')}
          </button>
        </div>
      )}
      <div className="toolbar__group toolbar__group--end" role="group" aria-label={t('canvas.toolbar.zoom')}>
        <button type="button" className="button" aria-label={t('canvas.toolbar.zoomOut')} title={t('canvas.toolbar.zoomOutTitle')} onClick={zoomOut}>
          −
        </button>
        <button type="button" className="button toolbar__zoom" title={t('canvas.toolbar.actualSize')} aria-label={t('canvas.toolbar.zoomLevel', { percent: `${Math.round(zoom * 100)} %` })} onClick={actualSize}>
          {Math.round(zoom * 100)} %
        </button>
        <button type="button" className="button" aria-label={t('canvas.toolbar.zoomIn')} title={t('canvas.toolbar.zoomInTitle')} onClick={zoomIn}>
          +
        </button>
        <button type="button" className="button" title={t('canvas.toolbar.fitTitle')} onClick={fitToContent}>
          {t('canvas.toolbar.fit')}
        </button>
        <span className="editing-chrome">
          <TemplateChooser />
        </span>
      </div>
    </div>
  );
}
