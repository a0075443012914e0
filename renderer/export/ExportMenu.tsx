import { useTranslation } from 'react-i18next';
import { ActionMenuButton } from '../common/ActionMenuButton';
import { ExportNotice } from './ExportNotice';
import { useExportStore } from './export-store';
import './export.css';

/** The "Export" menu button of the title bar: PDF (A4, Letter), Markdown, JSON Canvas, and JSON Canvas import. */
export function ExportMenu() {
  const busy = useExportStore((s) => s.busy);
  const { t } = useTranslation();
  return (
    <div className="export-menu">
      <ActionMenuButton
        label={t('exportUi.menu')}
        ids={['export.pdf.a4', 'export.pdf.letter', 'export.pdf.brief', 'export.markdown', 'export.jsonCanvas', 'import.jsonCanvas']}
        disabled={busy !== null}
        separatedBefore={(action) => action.id.startsWith('import.')}
      />
      {busy && (
        <span className="export-menu__busy" role="status">
          {busy}
        </span>
      )}
      <ExportNotice />
    </div>
  );
}
