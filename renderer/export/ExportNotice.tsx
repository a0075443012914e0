import { openExportedFile } from './export-actions';
import { baseNameOf } from '../store/file-store';
import { useExportStore } from './export-store';

/** After an export: where the file went, and an offer to open it with the system's default app. */
export function ExportNotice() {
  const finished = useExportStore((s) => s.finished);
  const setFinished = useExportStore((s) => s.setFinished);
  if (!finished) return null;
  const name = baseNameOf(finished.path);
  return (
    <div className="export-notice notice" role="status" aria-label="Export finished">
      <span>
        {finished.what} saved as <strong title={finished.path}>{name}</strong>.
      </span>
      <button type="button" className="button button--primary" onClick={() => void openExportedFile(finished.path)}>
        Open
      </button>
      <button type="button" className="button button--quiet" aria-label="Dismiss export message" onClick={() => setFinished(null)}>
        ×
      </button>
    </div>
  );
}
