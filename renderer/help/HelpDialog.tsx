import { Modal } from '../common/Modal';
import { useUiStore } from '../store/ui-store';
import { HELP_TEXT as T } from './guide-text';
import { useHelpStore } from './help-store';
import './help.css';

/** Help: how a vision workshop runs, step by step, and the way to the keyboard map. */
export function HelpDialog() {
  const open = useHelpStore((s) => s.open);
  const close = useHelpStore((s) => s.close);
  return (
    <Modal title={T.title} open={open} onClose={close}>
      <section className="help" aria-labelledby="help-workshop">
        <h3 id="help-workshop">{T.workshopHeading}</h3>
        <p>{T.intro}</p>
        <ol className="help__steps">
          {T.steps.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ol>
        <p>{T.tips}</p>
      </section>
      <div className="modal__buttons">
        <button
          type="button"
          className="button"
          onClick={() => {
            close();
            useUiStore.getState().setShortcutsOpen(true);
          }}
        >
          {T.shortcutsButton}
        </button>
        <button type="button" className="button button--primary" onClick={close}>
          {T.close}
        </button>
      </div>
    </Modal>
  );
}

/** The visible Help button ("?"), for the title bar and the welcome screen. */
export function HelpButton(props: { className?: string }) {
  return (
    <button
      type="button"
      className={`button help-button ${props.className ?? ''}`}
      onClick={() => useHelpStore.getState().show()}
      title={T.workshopHeading}
    >
      <span aria-hidden="true" className="help-button__mark">
        ?
      </span>
      {T.button}
    </button>
  );
}
