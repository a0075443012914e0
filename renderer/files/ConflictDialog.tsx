import { useId } from 'react';
import { Modal } from '../common/Modal';
import { baseNameOf } from './file-store';
import { CONFLICT_TEXT } from './conflict-text';
import { resolveConflict, type ConflictChoice } from './conflict';
import { useFilesUiStore } from './files-ui-store';
import './files.css';

/** "Changed by another program": keep mine / take theirs / save mine as a copy. Escape decides later. */
export function ConflictDialog() {
  const conflict = useFilesUiStore((state) => state.conflict);
  const open = useFilesUiStore((state) => state.conflictOpen);
  const setOpen = useFilesUiStore((state) => state.setConflictOpen);
  const id = useId();
  const choices: Array<{ choice: ConflictChoice; label: string; help: string }> = [
    { choice: 'keep-mine', label: CONFLICT_TEXT.keepMine, help: CONFLICT_TEXT.keepMineHelp },
    { choice: 'take-theirs', label: CONFLICT_TEXT.takeTheirs, help: CONFLICT_TEXT.takeTheirsHelp },
    { choice: 'save-copy', label: CONFLICT_TEXT.saveCopy, help: CONFLICT_TEXT.saveCopyHelp },
  ];
  return (
    <Modal title={CONFLICT_TEXT.title} open={conflict !== null && open} onClose={() => setOpen(false)}>
      {conflict && <p>{CONFLICT_TEXT.body(baseNameOf(conflict.path))}</p>}
      <ul className="conflict-choices">
        {choices.map(({ choice, label, help }, index) => (
          <li key={choice}>
            <button
              type="button"
              className={index === 0 ? 'button button--primary' : 'button'}
              aria-describedby={`${id}-${choice}`}
              onClick={() => void resolveConflict(choice)}
            >
              {label}
            </button>
            <span id={`${id}-${choice}`} className="conflict-choices__help">
              {help}
            </span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
