import { useLanguageStore, type LanguageSetting } from './i18n';

declare global {
  interface Window {
    /** The layout checks' switch to the pseudo-locale and back (`?pseudoChecks` only). */
    __copStudioPseudo?: (on: boolean) => void;
  }
}

/**
 * For the E2E layout checks only: when the page's address has `?pseudoChecks` (no menu offers it), the checks
 * re-run on the same screen in the pseudo-locale (accented, 40 % longer) through `window.__copStudioPseudo(on)`,
 * which shows the interface in it and back at once, keeping every state (dialogs, selection, scroll). Installed by
 * the app at start; returns its removal.
 */
export function installPseudoCheck(): () => void {
  if (typeof window === 'undefined' || !new URLSearchParams(window.location.search).has('pseudoChecks')) return () => undefined;
  let before: LanguageSetting | null = null;
  window.__copStudioPseudo = (on) => {
    const store = useLanguageStore.getState();
    if (on && before === null) {
      before = store.preference;
      store.setPreference('pseudo');
    } else if (!on && before !== null) {
      store.setPreference(before);
      before = null;
    }
  };
  return () => {
    delete window.__copStudioPseudo;
  };
}
