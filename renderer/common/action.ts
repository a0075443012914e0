import { ACTION_SPECS, bindingsOf, type ActionId, type ActionScope, type ParsedBinding } from '../../shared/actions/action-specs';
import {
  chordAriaKeys,
  chordLabel,
  KEY_NAMES,
  keyPlatformOf,
  type KeyName,
  type KeyNames,
  type KeyPlatform,
} from '../../shared/actions/keys';
import { tr } from './i18n';
import type { ViewId } from '../../shared/schema';

/**
 * One user action. Its keys are declared once, with its id, in `shared/actions/action-specs.ts`; a feature folder
 * gives it a label, `enabled` and `perform` (its `<feature>-actions.ts`), and the app composes the features' lists
 * (`renderer/app/app-actions.ts`). Buttons (`<ActionButton id>`), keys, the application menu and the keyboard map
 * all go through the same action.
 */
export interface AppAction {
  id: ActionId;
  /** A getter that calls `tr()`: read in the language shown when the menu, a tooltip or the keyboard map is drawn. */
  readonly label: string;
  /** Whether it can run now: buttons are disabled, menu items greyed, keys do nothing. Default: a workshop is open. */
  enabled?(context: ActionContext): boolean;
  /** It also runs on the welcome screen (no workshop open). */
  onHome?: boolean;
  /** A further condition for its keys only (not buttons or menus), e.g. "not while a control that uses keys has the focus". */
  keyGuard?(event: KeyboardEvent, context: ActionContext): boolean;
  perform(): unknown;
}

/** What any action may read to tell whether it can run; features read their own stores for the rest. */
export interface ActionContext {
  /** The welcome screen shows: no workshop is open. */
  home: boolean;
  view: ViewId;
  projecting: boolean;
}

/** A feature's actions, typed against the ids of `shared/actions/action-specs.ts`. */
export const defineActions = (actions: ReadonlyArray<AppAction>): ReadonlyArray<AppAction> => actions;

export const keyPlatform = (): KeyPlatform => keyPlatformOf(typeof navigator === 'undefined' ? '' : navigator.platform);

/** Whether an action can run now: on the welcome screen only those marked `onHome`. */
export const isActionEnabled = (action: AppAction, context: ActionContext): boolean =>
  (action.onHome === true || !context.home) && (action.enabled?.(context) ?? true);

/** Whether a scope's keys work now. */
export function scopeIsActive(scope: ActionScope, context: ActionContext): boolean {
  if (scope === 'global') return true;
  if (scope === 'projector') return context.projecting;
  return context.view === scope;
}

/** The keys shown for an action (its aliases left out), each with the scope it works in. */
export const shownBindings = (id: ActionId): ParsedBinding[] => bindingsOf(id).filter((binding) => !binding.alias);

/** The scope an action's keys work in unless a key says otherwise. */
export const ownScopeOf = (id: ActionId): ActionScope => (ACTION_SPECS[id] as { scope?: ActionScope }).scope ?? 'global';

/** The keys of an action that work in a scope (by default its own): a button in projector mode names PageDown. */
const bindingsIn = (id: ActionId, scope: ActionScope | undefined) =>
  bindingsOf(id).filter((binding) => binding.scope === (scope ?? ownScopeOf(id)));

/** The shortcut people read in a tooltip or a menu: "Ctrl+D", "⌘D" on macOS; empty when it has none. */
export function shortcutOf(id: ActionId, platform: KeyPlatform = keyPlatform(), scope?: ActionScope): string {
  const first = (scope ? bindingsIn(id, scope) : shownBindings(id)).find((binding) => !binding.alias);
  return first ? chordLabel(first.chord, platform, keyNames()) : '';
}

/** A button's tooltip: the action and its keys, "Duplicate the selected notes (⌘D)" on macOS, "(Ctrl+D)" elsewhere. */
export function tooltipOf(action: Pick<AppAction, 'id' | 'label'>, platform: KeyPlatform = keyPlatform(), scope?: ActionScope): string {
  const shortcut = shortcutOf(action.id, platform, scope);
  return shortcut ? `${action.label} (${shortcut})` : action.label;
}

/** `aria-keyshortcuts`: the keys that work in a scope, by default the action's own ("Control+D"; "Meta+D" on macOS). */
export function ariaKeysOf(id: ActionId, platform: KeyPlatform = keyPlatform(), scope?: ActionScope): string | undefined {
  const keys = bindingsIn(id, scope).map((binding) => chordAriaKeys(binding.chord, platform));
  return keys.length > 0 ? keys.join(' ') : undefined;
}

/** A text field takes typed keys: plain-key shortcuts do not run there. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

/** A key's name in the interface language ("Espace", "Maj"), for the keyboard map, tooltips and hints. */
export const keyName = (name: KeyName | 'arrows'): string => tr(`common.keys.${name}`);

/** The names of every key in the interface language, for `chordLabel`. */
export const keyNames = (): KeyNames => Object.fromEntries(KEY_NAMES.map((name) => [name, keyName(name)]));

/** Two keys that do the same: "Space or Enter", « Espace ou Entrée ». */
export const eitherKey = (first: string, second: string): string => tr('common.keys.either', { first, second });

/** Keys that work inside one focused widget (a sortable list, a note), listed in the keyboard map; the widget handles them. */
export interface WidgetShortcut {
  /** The heading it is listed under in the keyboard map, e.g. "Agenda list". */
  area: string;
  label: string;
  keys: string;
}
