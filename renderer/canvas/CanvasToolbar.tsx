import { useTranslation } from 'react-i18next';
import { NOTE_COLORS } from '../../shared/schema';
import { useUiStore, type CanvasMode } from '../store/ui-store';
import { useCanvasUiStore } from './canvas-ui-store';
import { ActionButton } from '../common/ActionButton';
import { addToBacklog, colourSelectedNotes, makeGoal } from './canvas-commands';
import { TemplateChooser } from './TemplateChooser';
import { colorName } from './color-names';

const MODES: ReadonlyArray<CanvasMode> = ['edit', 'voting'];

/** The canvas toolbar: mode, notes, selection, zoom, template. Every button works from the keyboard too. */
export function CanvasToolbar() {
  const mode = useUiStore((s) => s.canvasMode);
  const setMode = useUiStore((s) => s.setCanvasMode);
  const count = useCanvasUiStore((s) => s.selectedIds.size);
  const single = useCanvasUiStore((s) => (s.selectedIds.size === 1 ? [...s.selectedIds][0]! : null));
  const zoom = useCanvasUiStore((s) => s.viewport.zoom);
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
          <ActionButton id="canvas.addNote">{t('canvas.toolbar.addNote')}</ActionButton>
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
          {/* Disabled without a selection: the actions' `enabled`, which the Canvas menu follows too. */}
          <ActionButton id="canvas.duplicate">{t('canvas.toolbar.duplicate')}</ActionButton>
          <ActionButton id="canvas.delete">{t('canvas.toolbar.delete')}</ActionButton>
          <ActionButton id="canvas.group">{t('canvas.toolbar.group')}</ActionButton>
          <button type="button" className="button" disabled={!single} onClick={() => single && addToBacklog({ kind: 'note', id: single })}>
            {t('canvas.toolbar.addToBacklog')}
          </button>
          <button type="button" className="button" disabled={!single} onClick={() => single && makeGoal({ kind: 'note', id: single })}>
            {t('canvas.toolbar.makeGoal')}
          </button>
        </div>
      )}
      <div className="toolbar__group toolbar__group--end" role="group" aria-label={t('canvas.toolbar.zoom')}>
        <ActionButton id="canvas.zoomOut" aria-label={t('canvas.toolbar.zoomOut')}>
          −
        </ActionButton>
        <ActionButton
          id="canvas.actualSize"
          className="button toolbar__zoom"
          aria-label={t('canvas.toolbar.zoomLevel', { percent: `${Math.round(zoom * 100)} %` })}
        >
          {Math.round(zoom * 100)} %
        </ActionButton>
        <ActionButton id="canvas.zoomIn" aria-label={t('canvas.toolbar.zoomIn')}>
          +
        </ActionButton>
        <ActionButton id="canvas.fit">{t('canvas.toolbar.fit')}</ActionButton>
        <span className="editing-chrome">
          <TemplateChooser />
        </span>
      </div>
    </div>
  );
}
