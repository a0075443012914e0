import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui-store';
import { VIEWS } from './views';

export function NavBar() {
  const view = useUiStore((state) => state.view);
  const setView = useUiStore((state) => state.setView);
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('app.nav.label')}>
      <ul>
        {VIEWS.map((v, index) => (
          <li key={v.id}>
            <button
              type="button"
              className="nav__item"
              aria-current={v.id === view ? 'page' : undefined}
              title={t('app.nav.itemTitle', { view: v.label, key: `Alt+${index + 1}` })}
              aria-keyshortcuts={`Alt+${index + 1}`}
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
