import { tr } from '../common/i18n';
import { useEffect, useRef } from 'react';
import { useFacilitationStore } from '../agenda/public';
import { useUiStore } from '../store/ui-store';
import './canvas.css';
import { CanvasBoard } from './CanvasBoard';
import { CanvasToolbar } from './CanvasToolbar';
import { useCanvasUiStore } from './canvas-ui-store';
import { SelectionInspector } from './SelectionInspector';
import { ThemesList } from './ThemesList';
import { VisionStatement } from './VisionStatement';
import { VoteResults } from './VoteResults';
import { VotingPanel } from './VotingPanel';
import { fitToScreen, isFittedToScreen } from './viewport-commands';

/**
 * On the projector the whole canvas stays fitted to the board whenever the board changes size (entering full
 * screen, hiding the editing chrome); after leaving projector mode it is fitted once more to the new size.
 * Elsewhere a fitted canvas (nobody zoomed or panned since) fits again when the window is resized.
 */
function useFitWhenProjecting(): void {
  const projecting = useFacilitationStore((s) => s.projecting);
  const first = useRef(true);
  useEffect(() => {
    let refitOnce = !first.current;
    first.current = false;
    return useCanvasUiStore.subscribe((state, previous) => {
      if (state.size === previous.size || !(projecting || refitOnce || isFittedToScreen())) return;
      refitOnce = false;
      fitToScreen();
    });
  }, [projecting]);
}

/** The vision canvas: vision statement, toolbar, the board and a side panel (selection, themes, voting). */
export function CanvasView() {
  const mode = useUiStore((s) => s.canvasMode);
  const announcement = useCanvasUiStore((s) => s.announcement);
  useFitWhenProjecting();
  return (
    <div className={`canvas-view canvas-view--${mode}`}>
      <VisionStatement />
      <CanvasToolbar />
      <div className="canvas-view__body">
        <CanvasBoard />
        {/* Focusable: the panel scrolls, and keyboard users must be able to scroll it. On the projector only the vote panel shows. */}
        <aside
          className={`canvas-side${mode === 'edit' ? ' editing-chrome' : ''}`}
          tabIndex={0}
          aria-label={mode === 'voting' ? tr('canvas.side.voting') : tr('canvas.side.notes')}
        >
          {mode === 'voting' ? (
            <>
              <VotingPanel />
              <ThemesList />
              <VoteResults />
            </>
          ) : (
            <>
              <SelectionInspector />
              <ThemesList />
            </>
          )}
        </aside>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
