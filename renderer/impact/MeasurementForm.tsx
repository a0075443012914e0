import { useRef, useState, type FormEvent } from 'react';
import { newId } from '../../shared/domain/ids';
import { localIsoDate } from '../../shared/domain/iso-date';
import { parseNumber } from '../common/fields';
import { useWorkshopStore } from '../store/workshop-store';

/** Record a measurement of one objective: date (today by default), value, note. One undo step each. */
export function MeasurementForm(props: { objectiveId: string; indicator: string; unit: string }) {
  const [date, setDate] = useState(localIsoDate());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseNumber(value);
    if (typeof parsed !== 'number') return setError('Type the measured value, a number.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Pick the date of the measurement.');
    useWorkshopStore.getState().change('Record measurement', (w) =>
      void w.impact.measurements.push({ id: newId(), objectiveId: props.objectiveId, date, value: parsed, note: note.trim() }),
    );
    setValue('');
    setNote('');
    setError(null);
    valueRef.current?.focus();
  };
  return (
    <form className="measure-form" onSubmit={submit} aria-label={`Record a measurement of ${props.indicator}`} noValidate>
      <label className="field">
        <span className="field__label">Date</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">Value{props.unit ? ` (${props.unit})` : ''}</span>
        <input ref={valueRef} inputMode="decimal" value={value} aria-invalid={Boolean(error)} onChange={(e) => setValue(e.target.value)} />
      </label>
      <label className="field measure-form__note">
        <span className="field__label">Note</span>
        <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button button--primary">
        Record measurement
      </button>
      {error && (
        <span role="alert" className="field__error measure-form__error">
          {error}
        </span>
      )}
    </form>
  );
}
