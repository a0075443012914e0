import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_ACTIONS } from './export-actions';
import { ExportNotice } from './ExportNotice';
import { useExportStore } from './export-store';
import './export.css';

/**
 * The "Export" menu button of the title bar (WAI-ARIA menu button): PDF (A4, Letter), Markdown, JSON Canvas,
 * and JSON Canvas import. Arrow keys move between items, Escape closes and gives the focus back.
 */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const busy = useExportStore((s) => s.busy);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

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
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={busy !== null}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
        <span className="export-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div className="export-menu__list" role="menu" id={menuId} aria-label="Export" onKeyDown={onMenuKeyDown}>
          {EXPORT_ACTIONS.map((action, i) => (
            <button
              key={action.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={`export-menu__item${action.id.startsWith('import.') ? ' export-menu__item--separated' : ''}`}
              onClick={() => {
                close(true);
                void action.perform();
              }}
            >
              <span>{action.label}</span>
              {action.shortcut && <kbd>{action.shortcut}</kbd>}
            </button>
          ))}
        </div>
      )}
      {busy && (
        <span className="export-menu__busy" role="status">
          {busy}
        </span>
      )}
      <ExportNotice />
    </div>
  );
}
