import { useTranslation } from 'react-i18next';
import { ActivityDialog } from './ActivityDialog';
import { BacklogBoard } from './BacklogBoard';
import { BacklogToolbar } from './BacklogToolbar';
import { ColumnSettingsDialog } from './ColumnSettingsDialog';
import { FromCanvasDialog } from './FromCanvasDialog';
import { StagePanel } from '../community/public';
import './backlog.css';

/** Step 4 of starting a community: the backlog board of activities. */
export function BacklogView() {
  const { t } = useTranslation();
  return (
    <div className="backlog">
      <h1 className="visually-hidden">{t('backlog.heading')}</h1>
      <BacklogToolbar />
      <StagePanel />
      <BacklogBoard />
      <ActivityDialog />
      <ColumnSettingsDialog />
      <FromCanvasDialog />
    </div>
  );
}
