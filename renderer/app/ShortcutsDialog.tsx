import { ACTION_SPECS, type ActionScope } from '../../shared/actions/action-specs';
import { chordLabel } from '../../shared/actions/keys';
import { keyNames, keyPlatform, shownBindings, type AppAction } from '../common/action';
import { useUiStore } from '../store/ui-store';
import { APP_ACTIONS } from './app-actions';
import { Modal } from '../common/Modal';
import { useTranslation } from 'react-i18next';
import { tr } from '../common/i18n';
import { WIDGET_SHORTCUTS } from './widget-shortcuts';

/** Headings of the keyboard map, by the first part of an action's id ("file.save" → Files). */
const AREAS = [
  'file',
  'edit',
  'view',
  'agenda',
  'canvas',
  'backlog',
  'people',
  'goals',
  'sponsors',
  'impact',
  'export',
  'help',
  'projector',
  'room',
] as const;
const areaTitle = (area: string): string | undefined =>
  (AREAS as readonly string[]).includes(area) ? tr(`app.shortcuts.area.${area as (typeof AREAS)[number]}`) : undefined;

/** Where a key works, when not where its action's other keys do. */
const scopeNote = (scope: ActionScope): string | undefined => (scope === 'projector' ? tr('app.shortcuts.scope.projector') : undefined);

interface Row {
  id: string;
  label: string;
  /** Each key, with where it works when that differs from the action's own scope. */
  keys: Array<{ keys: string; condition?: string }>;
}

function areaOf(action: AppAction): string {
  const prefix = action.id.split('.')[0] ?? action.id;
  return areaTitle(prefix) ?? prefix.charAt(0).toUpperCase() + prefix.slice(1);
}

/** Every action with keys (from their one declaration) and the keys of focused widgets, grouped by area in the order they first appear (help last). */
function groups(): Array<{ title: string; rows: Row[] }> {
  const byArea = new Map<string, Row[]>();
  const add = (area: string, row: Row) => byArea.set(area, [...(byArea.get(area) ?? []), row]);
  const platform = keyPlatform();
  const names = keyNames();
  for (const action of APP_ACTIONS) {
    const own: ActionScope = (ACTION_SPECS[action.id] as { scope?: ActionScope }).scope ?? 'global';
    const keys = shownBindings(action.id).map((binding) => ({
      keys: chordLabel(binding.chord, platform, names),
      condition: binding.scope === own ? undefined : scopeNote(binding.scope),
    }));
    if (keys.length > 0) add(areaOf(action), { id: action.id, label: action.label, keys });
  }
  WIDGET_SHORTCUTS.forEach((s, index) => add(s.area, { id: `widget.${index}`, label: s.label, keys: [{ keys: s.keys }] }));
  const help = tr('app.shortcuts.area.help');
  return [...byArea.entries()].sort(([a], [b]) => Number(a === help) - Number(b === help)).map(([title, rows]) => ({ title, rows }));
}

/** The keyboard map: every action that has a shortcut, and the keys of focused widgets, grouped by area. */
export function ShortcutsDialog() {
  const open = useUiStore((state) => state.shortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  const { t } = useTranslation();
  return (
    <Modal title={t('app.shortcuts.title')} open={open} onClose={() => setOpen(false)}>
      <div className="shortcut-groups" role="region" aria-label={t('app.shortcuts.all')} tabIndex={0}>
        {groups().map((group) => {
          const headingId = `shortcuts-${group.title.replace(/\W+/g, '-').toLowerCase()}`;
          return (
            <section key={group.title} className="shortcut-group" aria-labelledby={headingId}>
              <h3 id={headingId}>{group.title}</h3>
              <table className="shortcuts" aria-labelledby={headingId}>
                <thead>
                  <tr>
                    <th scope="col">{t('app.shortcuts.action')}</th>
                    <th scope="col">{t('app.shortcuts.keys')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map((row) => (
                    <tr key={row.id}>
                      <td>{row.label}</td>
                      <td>
                        {row.keys.map(({ keys, condition }, index) => (
                          // "Ctrl+PageDown or PageDown in projector mode": the keys in <kbd>, where they work after them.
                          <span key={keys}>
                            {index > 0 && t('app.shortcuts.or')}
                            <kbd>{keys}</kbd>
                            {condition && t('app.shortcuts.in', { condition })}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
      </div>
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
          {t('app.shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}
