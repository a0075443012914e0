import { useEffect, useState } from 'react';
import type { BackupInfo, BackupKind } from '../../shared/ipc';
import { api } from '../api/copstudio-api';
import { Modal } from '../app/Modal';
import { fileNameOf, useFileStore } from '../store/file-store';
import { useFilesUiStore } from './files-ui-store';
import { formatBytes, formatDateTime } from './format';
import { restoreBackup } from './restore-backup';
import './files.css';

const KIND_LABEL: Record<BackupKind, string> = {
  previous: 'Earlier save',
  'before-migration': 'Original, before the format update',
  'before-restore': 'Replaced by a restore',
  'changed-elsewhere': 'Changed by another program',
};

/** File > Backups…: the saved versions of the current file kept by CoP Studio, each restorable. */
export function BackupsDialog() {
  const open = useFilesUiStore((state) => state.backupsOpen);
  const setOpen = useFilesUiStore((state) => state.setBackupsOpen);
  const path = useFileStore((state) => state.path);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open || !path) return;
    setBackups(null);
    setError(null);
    void api()
      .listBackups({ path })
      .then((result) => (result.ok ? setBackups(result.value) : setError(result.error.message)));
  }, [open, path]);

  const restore = async (backup: BackupInfo) => {
    if (await restoreBackup(backup.id)) setOpen(false);
  };

  return (
    <Modal title="Backups" open={open} onClose={() => setOpen(false)}>
      <div className="backups-dialog-body">
      <p>
        Earlier versions of “{fileNameOf(path)}”, newest first. Restoring one replaces the workshop in the window; the
        current version is kept here too, and Undo brings it back.
      </p>
      {error && <p role="alert">{error}</p>}
      {backups === null && !error && <p>Loading…</p>}
      {backups?.length === 0 && <p>No backups yet: one is taken when a save replaces an earlier version.</p>}
      {backups && backups.length > 0 && (
        <table className="backups">
          <caption className="visually-hidden">Backups of {fileNameOf(path)}</caption>
          <thead>
            <tr>
              <th scope="col">Version of</th>
              <th scope="col">Kind</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{formatDateTime(backup.takenAt)}</td>
                <td>{KIND_LABEL[backup.kind]}</td>
                <td>{formatBytes(backup.bytes)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={`Restore the version of ${formatDateTime(backup.takenAt)}`}
                    onClick={() => void restore(backup)}
                  >
                    Restore
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
          Close
        </button>
      </div>
    </Modal>
  );
}
