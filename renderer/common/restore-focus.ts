import { useLayoutEffect } from 'react';

/**
 * For dialogs mounted on demand: when the dialog goes away, focus returns to what had it before (the button that
 * opened it) or, when that is gone (its item was deleted), to the view's heading — never lost on the page body.
 */
export function useRestoreFocus(): void {
  // A layout effect runs before the Modal's showModal() moves the focus into the dialog.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      // After React removed the dialog, in the next frame: the opener may re-render first.
      requestAnimationFrame(() => {
        if (opener?.isConnected) return opener.focus();
        const heading = document.querySelector<HTMLElement>('main h1');
        if (!heading) return;
        heading.tabIndex = -1;
        heading.focus();
      });
    };
  }, []);
}
