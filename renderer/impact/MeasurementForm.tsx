import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, today } from '../../shared/domain/iso-date';
import { parseNumber } from '../common/fields';
import { LIMITS } from '../../shared/schema/limits';
import { recordMeasurementOf } from './impact-commands';

/** Record a measurement of one objective: date (today by default), value, note. One undo step each. */
export function MeasurementForm(props: { objectiveId: string; indicator: string; unit: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseNumber(value);
    if (typeof parsed !== 'number') return setError(t('impact.measure.valueMissing'));
    if (!isIsoDate(date)) return setError(t('impact.measure.dateMissing'));
    recordMeasurementOf({ objectiveId: props.objectiveId, date, value: parsed, note });
    setValue('');
    setNote('');
    setError(null);
    valueRef.current?.focus();
  };
  return (
    <form className="measure-form" onSubmit={submit} aria-label={t('impact.measure.form', { indicator: props.indicator })} noValidate>
      <label className="field">
        <span className="field__label">{t('impact.measure.date')}</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">
          {props.unit ? t('impact.measure.valueWithUnit', { unit: props.unit }) : t('impact.measure.value')}
        </span>
        <input ref={valueRef} inputMode="decimal" value={value} aria-invalid={Boolean(error)} onChange={(e) => setValue(e.target.value)} />
      </label>
      <label className="field measure-form__note">
        <span className="field__label">{t('impact.measure.note')}</span>
        <input value={note} maxLength={LIMITS.measurement.note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button button--primary">
        {t('impact.measure.record')}
      </button>
      {error && (
        <span role="alert" className="field__error measure-form__error">
          {error}
        </span>
      )}
    </form>
  );
}
