import type { ReactNode } from 'react';
import type { ActionId, ActionScope } from '../../shared/actions/action-specs';
import { ariaKeysOf, keyPlatform, tooltipOf } from './action';
import { performAction, useActionRegistryStore } from './action-registry';
import { useLanguageStore } from './i18n';

/**
 * A toolbar button that runs an action by id: its tooltip names the action and its keys as the platform writes
 * them ("⌘D" on macOS, "Ctrl+D" elsewhere), `aria-keyshortcuts` says them to assistive technologies, and it is
 * disabled whenever the action cannot run (the menu item is greyed at the same time).
 */
export function ActionButton(props: {
  id: ActionId;
  /** What the button shows, when shorter than the action's label (which stays in the tooltip). */
  children?: ReactNode;
  className?: string;
  /** Disabled for a reason of the toolbar's own, on top of the action's `enabled`. */
  disabled?: boolean;
  'aria-label'?: string;
  /** Name the keys that work in this scope (e.g. `projector` for a button of projector mode) rather than the action's own. */
  scope?: ActionScope;
}) {
  const action = useActionRegistryStore((state) => state.actions[props.id]);
  const enabled = useActionRegistryStore((state) => state.enabled[props.id] !== false);
  // The label is read in the language shown: draw again when it changes.
  useLanguageStore((state) => state.language);
  if (!action) return null;
  return (
    <button
      type="button"
      className={props.className ?? 'button'}
      disabled={props.disabled === true || !enabled}
      aria-label={props['aria-label']}
      aria-keyshortcuts={ariaKeysOf(props.id, keyPlatform(), props.scope)}
      title={tooltipOf(action, keyPlatform(), props.scope)}
      onClick={() => performAction(props.id)}
    >
      {props.children ?? action.label}
    </button>
  );
}
