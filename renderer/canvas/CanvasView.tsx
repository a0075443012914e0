import { useUiStore } from '../store/ui-store';
import './canvas.css';
import { CanvasBoard } from './CanvasBoard';
import { CanvasToolbar } from './CanvasToolbar';
import { useCanvasUi } from './canvas-ui-store';
import { SelectionInspector } from './SelectionInspector';
import { ThemesList } from './ThemesList';
import { VisionStatement } from './VisionStatement';
import { VoteResults } from './VoteResults';
import { VotingPanel } from './VotingPanel';

/** The vision canvas: vision statement, toolbar, the board and a side panel (selection, themes, voting). */
export function CanvasView() {
  const mode = useUiStore((s) => s.canvasMode);
  const announcement = useCanvasUi((s) => s.announcement);
  return (
    <div className={`canvas-view canvas-view--${mode}`}>
      <VisionStatement />
      <CanvasToolbar />
      <div className="canvas-view__body">
        <CanvasBoard />
        {/* Focusable: the panel scrolls, and keyboard users must be able to scroll it (in projector mode it holds no control). */}
        <aside className="canvas-side" tabIndex={0} aria-label={mode === 'voting' ? 'Voting' : 'Notes and themes'}>
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
