import { useEffect } from 'react';
import { useAppShortcuts } from '../actions/use-app-shortcuts';
import { useUiStore } from '../store/ui-store';
import { useFacilitationStore } from '../agenda/facilitation-store';
import { ProjectorBar } from '../agenda/ProjectorBar';
import { ShellTimer } from '../agenda/ShellTimer';
import '../agenda/facilitation.css';
import { NavBar } from './NavBar';
import { Notices } from './Notices';
import { ShortcutsDialog } from './ShortcutsDialog';
import { WorkshopDetailsDialog } from './WorkshopDetailsDialog';
import { startApp } from './start-app';
import { TitleBar } from './TitleBar';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';
import { FilesDialogs } from '../files/FilesDialogs';
import { VIEWS } from './views';
import { ProjectorStage } from '../projector/ProjectorStage';
import { SURFACE_LABELS } from '../projector/projector-text';
import { useProjectorSurface } from '../projector/use-projector-surface';

export function App() {
  const view = useUiStore((state) => state.view);
  const theme = useUiStore((state) => state.theme);
  const projecting = useFacilitationStore((state) => state.projecting);
  useAppShortcuts();
  useEffect(() => {
    void startApp();
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  const View = current.component;
  const surface = useProjectorSurface();
  return (
    <div className={projecting ? 'app app--projecting' : 'app'}>
      {projecting ? (
        <ProjectorBar voting={surface === 'vote'} />
      ) : (
        <>
          <TitleBar />
          <div className="nav-row">
            <NavBar />
            <ShellTimer />
          </div>
        </>
      )}
      <main className="view" id="main" aria-label={projecting ? SURFACE_LABELS[surface] : current.label} tabIndex={0}>
        {projecting ? <ProjectorStage surface={surface} /> : <View />}
      </main>
      <Notices />
      <UnsavedChangesDialog />
      <FilesDialogs />
      <ShortcutsDialog />
      <WorkshopDetailsDialog />
    </div>
  );
}
