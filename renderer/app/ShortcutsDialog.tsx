import { ACTION_SPECS, type ActionScope } from '../../shared/actions/action-specs';
import { chordLabel } from '../../shared/actions/keys';
import { keyPlatform, shownBindings, type AppAction } from '../common/action';
import { useUiStore } from '../store/ui-store';
import { APP_ACTIONS } from './app-actions';
import { Modal } from './Modal';
import { WIDGET_SHORTCUTS } from './widget-shortcuts';

/** Headings of the keyboard map, by the first part of an action's id ("file.save" → Files). */
const AREA_TITLES: Record<string, string> = {
  file: 'Files',
  edit: 'Editing',
  view: 'Views and display',
  agenda: 'Agenda and timer',
  canvas: 'Canvas',
  backlog: 'Backlog',
  people: 'People',
  goals: 'Goals',
  sponsors: 'Sponsors',
  impact: 'Impact',
  export: 'Export',
  help: 'Help',
};

/** Where a key works, when not where its action's other keys do. */
const SCOPE_NOTES: Partial<Record<ActionScope, string>> = { projector: 'projector mode' };

interface Row {
  id: string;
  label: string;
  /** Each key, with where it works when that differs from the action's own scope. */
  keys: Array<{ keys: string; condition?: string }>;
}

function areaOf(action: AppAction): string {
  const prefix = action.id.split('.')[0] ?? action.id;
  return AREA_TITLES[prefix] ?? prefix.charAt(0).toUpperCase() + prefix.slice(1);
}

/** Every action with keys (from their one declaration) and the keys of focused widgets, grouped by area in the order they first appear (help last). */
function groups(): Array<{ title: string; rows: Row[] }> {
  const byArea = new Map<string, Row[]>();
  const add = (area: string, row: Row) => byArea.set(area, [...(byArea.get(area) ?? []), row]);
  const platform = keyPlatform();
  for (const action of APP_ACTIONS) {
    const own: ActionScope = (ACTION_SPECS[action.id] as { scope?: ActionScope }).scope ?? 'global';
    const keys = shownBindings(action.id).map((binding) => ({
      keys: chordLabel(binding.chord, platform),
      condition: binding.scope === own ? undefined : SCOPE_NOTES[binding.scope],
    }));
    if (keys.length > 0) add(areaOf(action), { id: action.id, label: action.label, keys });
  }
  WIDGET_SHORTCUTS.forEach((s, index) => add(s.area, { id: `widget.${index}`, label: s.label, keys: [{ keys: s.keys }] }));
  const help = AREA_TITLES.help!;
  return [...byArea.entries()]
    .sort(([a], [b]) => Number(a === help) - Number(b === help))
    .map(([title, rows]) => ({ title, rows }));
}

/** The keyboard map: every action that has a shortcut, and the keys of focused widgets, grouped by area. */
export function ShortcutsDialog() {
  const open = useUiStore((state) => state.shortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  return (
    <Modal title="Keyboard shortcuts" open={open} onClose={() => setOpen(false)}>
      <div className="shortcut-groups" role="region" aria-label="All shortcuts" tabIndex={0}>
        {groups().map((group) => {
          const headingId = `shortcuts-${group.title.replace(/\W+/g, '-').toLowerCase()}`;
          return (
            <section key={group.title} className="shortcut-group" aria-labelledby={headingId}>
              <h3 id={headingId}>{group.title}</h3>
              <table className="shortcuts" aria-labelledby={headingId}>
                <thead>
                  <tr>
                    <th scope="col">Action</th>
                    <th scope="col">Shortcut</th>
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
                            {index > 0 && ' or '}
                            <kbd>{keys}</kbd>
                            {condition && ` in ${condition}`}
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
          Close
        </button>
      </div>
    </Modal>
  );
}
