import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A labelled form field; `error` is announced and ties to the input with aria-describedby. */
export function Field(props: {
  label: string;
  hint?: string;
  error?: string | null;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  wide?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${props.wide ? ' field--wide' : ''}`}>
      <label htmlFor={id} className="field__label">
        {props.label}
      </label>
      {props.children({ id, describedBy, invalid: Boolean(props.error) })}
      {props.hint && (
        <span id={hintId} className="field__hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={errorId} className="field__error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}

/** Text of a number input → a finite number, or null when empty; undefined when it is not a number. */
export function parseNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export function FormButtons(props: { submitLabel: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="modal__buttons">
      <button type="submit" className="button button--primary">
        {props.submitLabel}
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
