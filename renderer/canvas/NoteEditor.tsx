import { tr } from '../common/i18n';
import { useEffect, useRef } from 'react';
import { editNoteText } from './canvas-commands';
import { useCanvasUiStore } from './canvas-ui-store';
import { LIMITS } from '../../shared/schema/limits';

/** Edits a note's text in place. Escape or Ctrl/Cmd+Enter finish; typing makes one undo step per pause. */
export function NoteEditor(props: { id: string; text: string; onDone: () => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);
  return (
    <textarea
      ref={ref}
      className="note-editor"
      aria-label={tr('canvas.note.text')}
      value={props.text}
      maxLength={LIMITS.note.text}
      onChange={(event) => editNoteText(props.id, event.target.value)}
      onBlur={() => {
        if (useCanvasUiStore.getState().editingId === props.id) useCanvasUiStore.getState().setEditing(null);
      }}
      onPointerDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          props.onDone();
        }
      }}
    />
  );
}
