import { APP_ACTIONS } from '../actions/app-actions';
import { useUiStore } from '../store/ui-store';
import { Modal } from './Modal';

/** The keyboard map: every action that has a shortcut. */
export function ShortcutsDialog() {
  const open = useUiStore((state) => state.shortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  return (
    <Modal title="Keyboard shortcuts" open={open} onClose={() => setOpen(false)}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Shortcut</th>
          </tr>
        </thead>
        <tbody>
          {APP_ACTIONS.filter((a) => a.shortcut).map((action) => (
            <tr key={action.id}>
              <td>{action.label}</td>
              <td>
                <kbd>{action.shortcut}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </Modal>
  );
}
