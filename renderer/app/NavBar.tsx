import { useTranslation } from 'react-i18next';
import { ariaKeysOf, shortcutOf } from '../common/action';
import { VIEW_ORDER, viewLabel } from '../common/views';
import { useUiStore } from '../store/ui-store';

/** One button per view, in the one order of views; each names its key (Alt+1 …), from its `view.show.<id>` action. */
export function NavBar() {
  const view = useUiStore((state) => state.view);
  const setView = useUiStore((state) => state.setView);
  // useTranslation re-renders on a language change: the labels and keys are read again.
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('app.nav.label')}>
      <ul>
        {VIEW_ORDER.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav__item"
              aria-current={id === view ? 'page' : undefined}
              title={t('app.nav.itemTitle', { view: viewLabel(id), key: shortcutOf(`view.show.${id}`) })}
              aria-keyshortcuts={ariaKeysOf(`view.show.${id}`)}
              onClick={() => setView(id)}
            >
              {viewLabel(id)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
