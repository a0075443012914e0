import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, useLanguageStore } from '../common/i18n';
import { viewLabel } from '../common/views';
import { useUiStore } from '../store/ui-store';
import { useFacilitationStore } from '../agenda/facilitation-store';
import { ProjectorBar } from '../agenda/ProjectorBar';
import { ShellTimer } from '../agenda/ShellTimer';
import '../agenda/facilitation.css';
import { NavBar } from './NavBar';
import { Notices } from './Notices';
import { ShortcutsDialog } from './ShortcutsDialog';
import { WorkshopDetailsDialog } from './WorkshopDetailsDialog';
import { TitleBar } from './TitleBar';
import { UnsavedChangesDialog } from '../files/UnsavedChangesDialog';
import { FilesDialogs } from '../files/FilesDialogs';
import { VIEW_COMPONENTS } from './views';
import { ProjectorStage } from '../projector/ProjectorStage';
import { surfaceLabel } from '../projector/projector-text';
import { useProjectorSurface } from '../projector/use-projector-surface';
import { JoinPanel, RoomButton } from '../room/JoinPanel';
import { RoomDialogs } from '../room/RoomDialogs';
import { useRoomStore } from '../room/room-store';
import '../room/room.css';
import { useFileStore } from '../files/file-store';
import { WelcomeScreen } from '../welcome/WelcomeScreen';
import { HelpDialog } from '../help/HelpDialog';
import { WorkshopsDialog } from '../community/WorkshopsDialog';

export function App() {
  const view = useUiStore((state) => state.view);
  const theme = useUiStore((state) => state.theme);
  const projecting = useFacilitationStore((state) => state.projecting);
  const joinPanel = useRoomStore((state) => state.status.open && state.status.joinPanelOpen);
  const home = useFileStore((state) => state.home);
  const started = useUiStore((state) => state.started);
  const language = useLanguageStore((state) => state.language);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    // Screen readers pick their voice from `lang`; the pseudo-locale reads as English.
    document.documentElement.lang = language === 'pseudo' ? 'en' : language;
    // The language shown, pseudo-locale included (the layout checks wait for it).
    document.documentElement.dataset.uiLanguage = language;
  }, [language]);
  const View = VIEW_COMPONENTS[view];
  const surface = useProjectorSurface();
  const dialogs = (
    <>
      <Notices />
      <UnsavedChangesDialog />
      <FilesDialogs />
      <ShortcutsDialog />
      <HelpDialog />
    </>
  );
  if (home) {
    // No workshop open: the welcome screen, once the start (recovery offer, reopening the last file) is done.
    return (
      <I18nextProvider i18n={i18n}>
        <div className="app app--home" aria-busy={!started}>
          {started && <WelcomeScreen />}
          {dialogs}
        </div>
      </I18nextProvider>
    );
  }
  return (
    <I18nextProvider i18n={i18n}>
      <div className={`app${projecting ? ' app--projecting' : ''}${joinPanel ? ' app--join-panel' : ''}`}>
        {projecting ? (
          <ProjectorBar voting={surface === 'vote'} />
        ) : (
          <>
            <TitleBar />
            <div className="nav-row">
              <NavBar />
              <RoomButton />
              <ShellTimer />
            </div>
          </>
        )}
        <main className="view" id="main" aria-label={projecting ? surfaceLabel(surface) : viewLabel(view)} tabIndex={0}>
          {projecting ? <ProjectorStage surface={surface} /> : <View />}
        </main>
        <JoinPanel />
        <RoomDialogs />
        {dialogs}
        <WorkshopDetailsDialog />
        <WorkshopsDialog />
      </div>
    </I18nextProvider>
  );
}
