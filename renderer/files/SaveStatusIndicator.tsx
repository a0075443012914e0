import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useFileStore, type SaveStatus } from './file-store';
import { useWorkshopStore } from '../store/workshop-store';

function describe(status: SaveStatus, dirty: boolean, t: TFunction): string {
  if (status.kind === 'saving') return t('app.saveStatus.saving');
  if (status.kind === 'error') return t('app.saveStatus.error', { reason: status.reason });
  if (status.kind === 'never-saved') return dirty ? t('app.saveStatus.notSavedYet') : t('app.saveStatus.newWorkshop');
  return dirty ? t('app.saveStatus.unsaved') : t('app.saveStatus.saved');
}

/** The visible, accessible save status. */
export function SaveStatusIndicator() {
  const status = useFileStore((state) => state.status);
  const dirty = useWorkshopStore((state) => state.revision) !== useFileStore((state) => state.savedRevision);
  const { t } = useTranslation();
  const text = describe(status, dirty, t);
  return (
    <span role="status" aria-label={t('app.saveStatus.label')} title={text} className={`save-status save-status--${status.kind}`}>
      {text}
    </span>
  );
}
