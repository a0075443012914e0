import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupKind } from '../../shared/ipc';
import { api, errorText } from '../api/copstudio-api';
import { tr } from '../common/i18n';
import { Modal } from '../common/Modal';
import { fileNameOf, useFileStore } from './file-store';
import { useFilesUiStore } from './files-ui-store';
import { formatBytes, formatDateTime } from './format';
import { restoreBackup } from './restore-backup';
import './files.css';

const kindLabel = (kind: BackupKind): string => tr(`files.backups.kinds.${kind}`);

/** File > Backups…: the saved versions of the current file kept by CoP Studio, each restorable. */
export function BackupsDialog() {
  const open = useFilesUiStore((state) => state.backupsOpen);
  const setOpen = useFilesUiStore((state) => state.setBackupsOpen);
  const { t } = useTranslation();
  const path = useFileStore((state) => state.path);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open || !path) return;
    setBackups(null);
    setError(null);
    void api()
      .listBackups({ path })
      .then((result) => (result.ok ? setBackups(result.value) : setError(errorText(result.error))));
  }, [open, path]);

  const restore = async (backup: BackupInfo) => {
    if (await restoreBackup(backup.id)) setOpen(false);
  };

  return (
    <Modal title={t('files.backups.title')} open={open} onClose={() => setOpen(false)}>
      <div className="backups-dialog-body">
        <p>{t('files.backups.intro', { name: fileNameOf(path) })}</p>
        {error && <p role="alert">{error}</p>}
        {backups === null && !error && <p>{t('files.backups.loading')}</p>}
        {backups?.length === 0 && <p>{t('files.backups.empty')}</p>}
        {backups && backups.length > 0 && (
          <table className="backups">
            <caption className="visually-hidden">{t('files.backups.caption', { name: fileNameOf(path) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('files.backups.versionOf')}</th>
                <th scope="col">{t('files.backups.kind')}</th>
                <th scope="col">{t('files.backups.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('files.backups.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.id}>
                  <td>{formatDateTime(backup.takenAt)}</td>
                  <td>{kindLabel(backup.kind)}</td>
                  <td>{formatBytes(backup.bytes)}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('files.backups.restoreLabel', { when: formatDateTime(backup.takenAt) })}
                      onClick={() => void restore(backup)}
                    >
                      {t('files.backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="modal__buttons">
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('files.backups.close')}
        </button>
      </div>
    </Modal>
  );
}
