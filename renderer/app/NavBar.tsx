import { ariaKeysOf, shortcutOf } from '../common/action';
import { VIEW_ORDER, viewLabel } from '../common/views';
import { useLanguageStore } from '../common/i18n';
import { useUiStore } from '../store/ui-store';

/** One button per view, in the one order of views; each names its key (Alt+1 …), from its `view.show.<id>` action. */
export function NavBar() {
  const view = useUiStore((state) => state.view);
  const setView = useUiStore((state) => state.setView);
  useLanguageStore((state) => state.language);
  return (
    <nav className="nav" aria-label="Views">
      <ul>
        {VIEW_ORDER.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav__item"
              aria-current={id === view ? 'page' : undefined}
              title={`${viewLabel(id)} (${shortcutOf(`view.show.${id}`)})`}
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
