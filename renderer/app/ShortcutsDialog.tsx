import { APP_ACTIONS } from '../actions/app-actions';
import type { AppAction } from '../actions/action';
import { WIDGET_SHORTCUTS } from '../actions/widget-shortcuts';
import { useUiStore } from '../store/ui-store';
import { Modal } from './Modal';
import { useTranslation } from 'react-i18next';
import { tr } from '../common/i18n';

/** Headings of the keyboard map, by the first part of an action's id ("file.save" → Files). */
const AREAS = ['file', 'edit', 'view', 'agenda', 'canvas', 'backlog', 'people', 'goals', 'sponsors', 'impact', 'export', 'help', 'projector', 'room'] as const;
const areaTitle = (area: string): string | undefined =>
  (AREAS as readonly string[]).includes(area) ? tr(`app.shortcuts.area.${area as (typeof AREAS)[number]}`) : undefined;

interface Row {
  id: string;
  label: string;
  keys: string;
}

function areaOf(action: AppAction): string {
  const prefix = action.id.split('.')[0] ?? action.id;
  return areaTitle(prefix) ?? prefix.charAt(0).toUpperCase() + prefix.slice(1);
}

/** Every shortcut, grouped by area in the order they first appear (help last). */
function groups(): Array<{ title: string; rows: Row[] }> {
  const byArea = new Map<string, Row[]>();
  const add = (area: string, row: Row) => byArea.set(area, [...(byArea.get(area) ?? []), row]);
  for (const action of APP_ACTIONS) {
    if (action.shortcut) add(areaOf(action), { id: action.id, label: action.label, keys: action.shortcut });
  }
  WIDGET_SHORTCUTS.forEach((s, index) => add(s.area, { id: `widget.${index}`, label: s.label, keys: s.keys }));
  const help = tr('app.shortcuts.area.help');
  return [...byArea.entries()]
    .sort(([a], [b]) => Number(a === help) - Number(b === help))
    .map(([title, rows]) => ({ title, rows }));
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
                        {row.keys.split(' or ').map((keys, index) => {
                          // "PageDown (projector mode)": the keys in <kbd>, the condition after them.
                          const [, combo, condition] = /^(.*?)(?: \((.+)\))?$/.exec(keys) ?? [keys, keys];
                          return (
                            <span key={keys}>
                              {index > 0 && t('app.shortcuts.or')}
                              <kbd>{combo}</kbd>
                              {condition && t('app.shortcuts.in', { condition })}
                            </span>
                          );
                        })}
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
