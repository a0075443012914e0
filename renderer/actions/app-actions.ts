import type { ThemeName } from '../../shared/preferences';
import { LANGUAGE_PREFERENCES, resolveLanguage, type LanguagePreference } from '../../shared/i18n';
import { languageName, systemLocales, tr, useLanguageStore } from '../common/i18n';
import { api } from '../api/copstudio-api';
import { useUiStore } from '../store/ui-store';
import { useWorkshopStore } from '../store/workshop-store';
import { VIEW_LIST } from '../app/view-list';
import { isTextField, primaryModifier, shortcutLabel, type AppAction } from './action';
import { FACILITATION_ACTIONS } from '../agenda/facilitation-actions';
import { newWorkshop, openWorkshop, saveWorkshop, saveWorkshopAs } from './file-actions';
import { SPONSOR_ACTIONS } from '../sponsors/sponsor-actions';
import { EXPORT_ACTIONS } from '../export/export-actions';
import { FILES_ACTIONS } from '../files/files-actions';
import { BACKLOG_ACTIONS } from '../backlog/backlog-actions';
import { CANVAS_ACTIONS } from '../canvas/canvas-actions';
import { PROJECTOR_ACTIONS } from '../projector/projector-actions';
import { ROOM_ACTIONS } from '../room/room-actions';

const key = (k: string, options: { shift?: boolean } = {}) => (event: KeyboardEvent) =>
  primaryModifier(event) && !event.altKey && event.shiftKey === Boolean(options.shift) && event.key.toLowerCase() === k;

export async function setTheme(theme: ThemeName): Promise<void> {
  useUiStore.getState().setTheme(theme);
  const result = await api().setPreferences({ theme });
  if (!result.ok) useUiStore.getState().notify('error', tr('app.themeNotRemembered', { reason: result.error.message }));
}

/** Shows the interface in another language at once, and remembers the choice. */
export async function setLanguage(preference: LanguagePreference): Promise<void> {
  useLanguageStore.getState().setPreference(preference);
  const result = await api().setPreferences({ language: preference });
  if (!result.ok) useUiStore.getState().notify('error', tr('language.notRemembered', { reason: result.error.message }));
}

const languageAction = (preference: LanguagePreference): AppAction => ({
  id: `view.language.${preference}`,
  // A getter: the label is read in the language shown when the menu or the keyboard map is drawn.
  get label() {
    return preference === 'system'
      ? tr('language.system', { language: languageName(resolveLanguage('system', systemLocales())) })
      : tr('language.choose', { language: languageName(preference) });
  },
  menuCommand: `view.language.${preference}`,
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
  get label() {
    return tr('app.action.theme', { theme: label() });
  },
  menuCommand: `view.theme.${theme}`,
  perform: () => setTheme(theme),
});

/** The application's actions. Feature folders add theirs to this list. */
export const APP_ACTIONS: ReadonlyArray<AppAction> = [
  {
    id: 'file.new',
    get label() {
      return tr('app.action.newWorkshop');
    },
    shortcut: shortcutLabel('Mod+N'),
    keyTest: key('n'),
    allowInTextField: true,
    menuCommand: 'file.new',
    perform: newWorkshop,
  },
  {
    id: 'file.open',
    get label() {
      return tr('app.action.openWorkshop');
    },
    shortcut: shortcutLabel('Mod+O'),
    keyTest: key('o'),
    allowInTextField: true,
    menuCommand: 'file.open',
    perform: openWorkshop,
  },
  {
    id: 'file.save',
    get label() {
      return tr('app.action.save');
    },
    shortcut: shortcutLabel('Mod+S'),
    keyTest: key('s'),
    allowInTextField: true,
    menuCommand: 'file.save',
    perform: () => saveWorkshop(),
  },
  {
    id: 'file.saveAs',
    get label() {
      return tr('app.action.saveAs');
    },
    shortcut: shortcutLabel('Mod+Shift+S'),
    keyTest: key('s', { shift: true }),
    allowInTextField: true,
    menuCommand: 'file.saveAs',
    perform: saveWorkshopAs,
  },
  {
    id: 'file.details',
    get label() {
      return tr('app.action.details');
    },
    menuCommand: 'file.details',
    perform: () => useUiStore.getState().setDetailsOpen(true),
  },
  {
    id: 'edit.undo',
    get label() {
      return tr('app.action.undo');
    },
    shortcut: shortcutLabel('Mod+Z'),
    keyTest: key('z'),
    menuCommand: 'edit.undo',
    perform: () => undoOrRedo('undo'),
  },
  {
    id: 'edit.redo',
    get label() {
      return tr('app.action.redo');
    },
    shortcut: shortcutLabel('Mod+Shift+Z'),
    keyTest: (event) => key('z', { shift: true })(event) || key('y')(event),
    menuCommand: 'edit.redo',
    perform: () => undoOrRedo('redo'),
  },
  themeAction('light', () => tr('app.theme.light')),
  themeAction('dark', () => tr('app.theme.dark')),
  themeAction('high-contrast', () => tr('app.theme.highContrast')),
  ...LANGUAGE_PREFERENCES.map(languageAction),
  ...VIEW_LIST.map(
    (view, index): AppAction => ({
      id: `view.show.${view.id}`,
      get label() {
        return tr('app.action.showView', { view: view.label });
      },
      shortcut: `Alt+${index + 1}`,
      keyTest: (event) => event.altKey && !event.ctrlKey && !event.metaKey && event.code === `Digit${index + 1}`,
      allowInTextField: true,
      menuCommand: `view.show.${view.id}` as const,
      perform: () => useUiStore.getState().setView(view.id),
    }),
  ),
  // — actions of feature folders, one spread each: canvas (5), backlog (6), people/goals (7), facilitation (8), export (9) —
  ...SPONSOR_ACTIONS,
  ...FACILITATION_ACTIONS,
  ...PROJECTOR_ACTIONS,
  ...EXPORT_ACTIONS,
  ...FILES_ACTIONS,
  ...BACKLOG_ACTIONS,
  ...CANVAS_ACTIONS,
  ...ROOM_ACTIONS,
  {
    id: 'help.shortcuts',
    get label() {
      return tr('app.action.shortcuts');
    },
    shortcut: '?',
    keyTest: (event) => event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey,
    menuCommand: 'help.shortcuts',
    perform: () => useUiStore.getState().setShortcutsOpen(true),
  },
];

export function findAction(id: string): AppAction | undefined {
  return APP_ACTIONS.find((action) => action.id === id);
}
