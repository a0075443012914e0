import { usePromptStore } from '../store/prompt-store';
import { Modal } from './Modal';

export function UnsavedChangesDialog() {
  const pending = usePromptStore((state) => state.pending);
  const answer = usePromptStore((state) => state.answer);
  return (
    <Modal title="Unsaved changes" open={pending !== null} onClose={() => answer('cancel')}>
      <p>Do you want to save the changes to “{pending?.fileName}”?</p>
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={() => answer('save')}>
          Save
        </button>
        <button type="button" className="button" onClick={() => answer('discard')}>
          Don’t save
        </button>
        <button type="button" className="button" onClick={() => answer('cancel')}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
