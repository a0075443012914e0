import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { useRestoreFocus } from './restore-focus';
import { shortcutOf } from './action';

/** "Delete X?" with what it will change; the destructive button says what it does. */
interface ConfirmProps {
  title: string;
  open: boolean;
  /** Sentences describing the consequences (links that will be cleaned). */
  consequences: readonly string[];
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmProps) {
  return props.open ? <OpenConfirmDialog {...props} /> : null;
}

function OpenConfirmDialog(props: ConfirmProps) {
  useRestoreFocus();
  const { t } = useTranslation();
  return (
    <Modal title={props.title} open={props.open} onClose={props.onCancel}>
      {props.consequences.length > 0 ? (
        <ul className="confirm__consequences">
          {props.consequences.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t('common.confirm.nothingElse')}</p>
      )}
      <p className="confirm__undo-hint">{t('common.confirm.undoHint', { shortcut: shortcutOf('edit.undo') })}</p>
      <div className="modal__buttons">
        <button type="button" className="button button--danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" className="button" onClick={props.onCancel} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
