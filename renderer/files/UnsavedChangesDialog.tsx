import { useTranslation } from 'react-i18next';
import { usePromptStore } from './prompt-store';
import { Modal } from '../common/Modal';

export function UnsavedChangesDialog() {
  const pending = usePromptStore((state) => state.pending);
  const answer = usePromptStore((state) => state.answer);
  const { t } = useTranslation();
  return (
    <Modal title={t('app.unsaved.title')} open={pending !== null} onClose={() => answer('cancel')}>
      <p>{t('app.unsaved.question', { name: pending?.fileName ?? '' })}</p>
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={() => answer('save')}>
          {t('app.unsaved.save')}
        </button>
        <button type="button" className="button" onClick={() => answer('discard')}>
          {t('app.unsaved.discard')}
        </button>
        <button type="button" className="button" onClick={() => answer('cancel')}>
          {t('app.unsaved.cancel')}
        </button>
      </div>
    </Modal>
  );
}
