import type { ThemeName } from '../../shared/preferences';
import { VIEW_IDS } from '../../shared/schema';
import { LANGUAGE_PREFERENCES, resolveLanguage, type LanguagePreference } from '../../shared/i18n';
import { languageName, systemLocales, tr } from '../common/i18n';
import { defineActions, isTextField, type AppAction } from '../common/action';
import { setLanguage, setTheme } from '../common/preferences';
import { useUiStore } from '../store/ui-store';
import { useWorkshopStore } from '../store/workshop-store';
import { viewLabel } from '../common/views';
import { FACILITATION_ACTIONS } from '../agenda/facilitation-actions';
import { SPONSOR_ACTIONS } from '../sponsors/sponsor-actions';
import { EXPORT_ACTIONS } from '../export/export-actions';
import { FILES_ACTIONS } from '../files/files-actions';
import { BACKLOG_ACTIONS } from '../backlog/backlog-actions';
import { CANVAS_ACTIONS } from '../canvas/canvas-actions';
import { PROJECTOR_ACTIONS } from '../projector/projector-actions';
import { ROOM_ACTIONS } from '../room/room-actions';

const languageAction = (preference: LanguagePreference): AppAction => ({
  id: `view.language.${preference}`,
  onHome: true,
  get label() {
    return preference === 'system'
      ? tr('language.system', { language: languageName(resolveLanguage('system', systemLocales())) })
      : tr('language.choose', { language: languageName(preference) });
  },
  perform: () => setLanguage(preference),
});

/** Undo in a text field is the field's own; elsewhere it is the workshop's. */
function undoOrRedo(kind: 'undo' | 'redo') {
  if (isTextField(document.activeElement)) {
    document.execCommand(kind);
    return;
  }
  const store = useWorkshopStore.getState();
  if (kind === 'undo') store.undo();
  else store.redo();
}

const themeAction = (theme: ThemeName, label: () => string): AppAction => ({
  id: `view.theme.${theme}`,
  // Getters: read in the language shown.
  get label() {
    return tr('app.action.theme', { theme: label() });
  },
  onHome: true,
  perform: () => setTheme(theme),
});

/** The app's own actions: editing, themes, languages, the views (one per view, in navigation order), help. */
const SHELL_ACTIONS = defineActions([
  {
    id: 'edit.undo',
    get label() {
      return tr('app.action.undo');
    },
    perform: () => undoOrRedo('undo'),
  },
  {
    id: 'edit.redo',
    get label() {
      return tr('app.action.redo');
    },
    perform: () => undoOrRedo('redo'),
  },
  themeAction('light', () => tr('app.theme.light')),
  themeAction('dark', () => tr('app.theme.dark')),
  themeAction('high-contrast', () => tr('app.theme.highContrast')),
  ...LANGUAGE_PREFERENCES.map(languageAction),
  ...VIEW_IDS.map((view): AppAction => ({
    id: `view.show.${view}`,
    get label() {
      return tr('app.action.showView', { view: viewLabel(view) });
    },
    perform: () => useUiStore.getState().setView(view),
  })),
  {
    id: 'help.shortcuts',
    get label() {
      return tr('app.action.shortcuts');
    },
    onHome: true,
    perform: () => useUiStore.getState().setShortcutsOpen(true),
  },
]);

/**
 * Every action of the app, composed from the feature folders' lists (each declares its own; none imports
 * another's). Its ids are exactly those of `shared/actions/action-specs.ts` (a unit test checks both ways).
 */
export const APP_ACTIONS: ReadonlyArray<AppAction> = [
  ...FILES_ACTIONS,
  ...SHELL_ACTIONS,
  ...SPONSOR_ACTIONS,
  ...FACILITATION_ACTIONS,
  ...PROJECTOR_ACTIONS,
  ...EXPORT_ACTIONS,
  ...BACKLOG_ACTIONS,
  ...CANVAS_ACTIONS,
  ...ROOM_ACTIONS,
];
