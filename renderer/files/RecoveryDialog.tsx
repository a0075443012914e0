import { useTranslation } from 'react-i18next';
import { Modal } from '../common/Modal';
import { fileNameOf } from './file-store';
import { useFilesUiStore } from './files-ui-store';
import { formatDateTime } from './format';
import './files.css';

/** At start, when an earlier session left unsaved work: Restore or Discard (Escape keeps it for the next start). */
export function RecoveryDialog() {
  const recovery = useFilesUiStore((state) => state.recovery);
  const answer = useFilesUiStore((state) => state.answerRecovery);
  const { t } = useTranslation();
  const work = recovery?.work;
  return (
    <Modal title={t('files.recovery.title')} open={recovery !== null} onClose={() => answer('later')}>
      {work && (
        <>
          <p>{t('files.recovery.question')}</p>
          <dl className="recovery-details">
            <dt>{t('files.recovery.workshop')}</dt>
            <dd>{work.title || t('files.recovery.untitled')}</dd>
            <dt>{t('files.recovery.file')}</dt>
            <dd>{work.path ? fileNameOf(work.path) : t('files.recovery.neverSaved')}</dd>
            <dt>{t('files.recovery.lastEdit')}</dt>
            <dd>{formatDateTime(work.savedAt)}</dd>
          </dl>
        </>
      )}
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={() => answer('restore')}>
          {t('files.recovery.restore')}
        </button>
        <button type="button" className="button" onClick={() => answer('discard')}>
          {t('files.recovery.discard')}
        </button>
      </div>
    </Modal>
  );
}
