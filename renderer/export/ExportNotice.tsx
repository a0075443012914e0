import { Trans, useTranslation } from 'react-i18next';
import { openExportedFile } from './export-actions';
import { baseNameOf } from '../files/public';
import { useExportStore } from './export-store';

/** After an export: where the file went, and an offer to open it with the system's default app. */
export function ExportNotice() {
  const finished = useExportStore((s) => s.finished);
  const setFinished = useExportStore((s) => s.setFinished);
  const { t } = useTranslation();
  if (!finished) return null;
  const name = baseNameOf(finished.path);
  return (
    <div className="export-notice notice" role="status" aria-label={t('exportUi.finished')}>
      <span>
        <Trans i18nKey="exportUi.savedAs" values={{ what: finished.what, name }} components={{ name: <strong title={finished.path} /> }} />
      </span>
      <button type="button" className="button button--primary" onClick={() => void openExportedFile(finished.path)}>
        {t('exportUi.open')}
      </button>
      <button type="button" className="button button--quiet" aria-label={t('exportUi.dismiss')} onClick={() => setFinished(null)}>
        ×
      </button>
    </div>
  );
}
