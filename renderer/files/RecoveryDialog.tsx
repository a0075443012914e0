import { Modal } from '../app/Modal';
import { fileNameOf } from '../store/file-store';
import { useFilesUiStore } from './files-ui-store';
import { formatDateTime } from './format';
import './files.css';

/** At start, when an earlier session left unsaved work: Restore or Discard (Escape keeps it for the next start). */
export function RecoveryDialog() {
  const recovery = useFilesUiStore((state) => state.recovery);
  const answer = useFilesUiStore((state) => state.answerRecovery);
  const work = recovery?.work;
  return (
    <Modal title="Recover unsaved work" open={recovery !== null} onClose={() => answer('later')}>
      {work && (
        <>
          <p>CoP Studio was closed before these edits were saved. Do you want to restore them?</p>
          <dl className="recovery-details">
            <dt>Workshop</dt>
            <dd>{work.title || 'Untitled workshop'}</dd>
            <dt>File</dt>
            <dd>{work.path ? fileNameOf(work.path) : 'Never saved'}</dd>
            <dt>Last edit</dt>
            <dd>{formatDateTime(work.savedAt)}</dd>
          </dl>
        </>
      )}
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={() => answer('restore')}>
          Restore
        </button>
        <button type="button" className="button" onClick={() => answer('discard')}>
          Discard
        </button>
      </div>
    </Modal>
  );
}
