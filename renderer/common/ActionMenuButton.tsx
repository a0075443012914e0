import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ActionId } from '../../shared/actions/action-specs';
import { shortcutOf, type AppAction } from './action';
import { performAction, useActionRegistryStore } from './action-registry';
import './action-menu-button.css';

/**
 * A WAI-ARIA menu button whose items are app actions: Down or a click opens it, the arrow keys, Home and End
 * move between items, Escape closes and gives the focus back, Tab closes.
 */
export function ActionMenuButton(props: {
  label: string;
  /** The actions it lists, by id (from the registry; each item is disabled while its action is). */
  ids: ReadonlyArray<ActionId>;
  disabled?: boolean;
  /** Draws a separator above these items. */
  separatedBefore?: (action: AppAction) => boolean;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const enabled = useActionRegistryStore((state) => state.enabled);
  const registered = useActionRegistryStore((state) => state.actions);
  const actions = props.ids.flatMap((id) => registered[id] ?? []);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = itemRefs.current.filter((i): i is HTMLButtonElement => i !== null);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="menu-button" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={props.disabled}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {props.label}
        <span className="menu-button__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div className="menu-button__list" role="menu" id={menuId} aria-label={props.label} onKeyDown={onMenuKeyDown}>
          {actions.map((action, i) => (
            <button
              key={action.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={enabled[action.id] === false || undefined}
              className={`menu-button__item${props.separatedBefore?.(action) ? ' menu-button__item--separated' : ''}`}
              onClick={() => {
                if (enabled[action.id] === false) return;
                close(true);
                performAction(action.id);
              }}
            >
              <span>{action.label}</span>
              {shortcutOf(action.id) && <kbd>{shortcutOf(action.id)}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
