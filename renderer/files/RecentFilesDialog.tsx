import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../shared/ipc';
import { openRecentWorkshop } from './file-commands';
import { api, errorText } from '../api/copstudio-api';
import { Modal } from '../common/Modal';
import { useFilesUiStore } from './files-ui-store';
import { folderOf, formatDateTime } from './format';
import './files.css';

/** File > Open Recent: the recent workshops (missing files already pruned by the main process). */
export function RecentFilesDialog() {
  const open = useFilesUiStore((state) => state.recentOpen);
  const setOpen = useFilesUiStore((state) => state.setRecentOpen);
  const { t } = useTranslation();
  const [files, setFiles] = useState<RecentFile[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setFiles(null);
    setError(null);
    void api()
      .listRecentFiles()
      .then((result) => (result.ok ? setFiles(result.value) : setError(errorText(result.error))));
  }, [open]);

  const choose = (file: RecentFile) => {
    setOpen(false);
    void openRecentWorkshop(file.path);
  };

  return (
    <Modal title={t('files.recent.title')} open={open} onClose={() => setOpen(false)}>
      {error && <p role="alert">{error}</p>}
      {files === null && !error && <p>{t('files.recent.loading')}</p>}
      {files?.length === 0 && <p>{t('files.recent.empty')}</p>}
      {files && files.length > 0 && (
        <ul className="file-list" aria-label={t('files.recent.list')}>
          {files.map((file) => (
            <li key={file.path}>
              <button type="button" className="file-list__item" onClick={() => choose(file)} title={file.path}>
                <span className="file-list__name">{file.name}</span>
                <span className="file-list__detail">
                  {t('files.recent.opened', { folder: folderOf(file.path), when: formatDateTime(file.openedAt) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal__buttons">
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('files.recent.close')}
        </button>
      </div>
    </Modal>
  );
}
