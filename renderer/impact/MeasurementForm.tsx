import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/domain/ids';
import { localIsoDate } from '../../shared/domain/iso-date';
import { parseNumber } from '../common/fields';
import { useWorkshopStore } from '../store/workshop-store';
import { LIMITS } from '../../shared/schema/limits';

/** Record a measurement of one objective: date (today by default), value, note. One undo step each. */
export function MeasurementForm(props: { objectiveId: string; indicator: string; unit: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(localIsoDate());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseNumber(value);
    if (typeof parsed !== 'number') return setError(t('impact.measure.valueMissing'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError(t('impact.measure.dateMissing'));
    useWorkshopStore.getState().change(t('impact.measure.record'), (w) =>
      void w.impact.measurements.push({ id: newId(), objectiveId: props.objectiveId, date, value: parsed, note: note.trim() }),
    );
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
        <span className="field__label">{props.unit ? t('impact.measure.valueWithUnit', { unit: props.unit }) : t('impact.measure.value')}</span>
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
