import { useState, type FormEvent } from 'react';
import type { Objective } from '../../shared/schema';
import { Modal } from '../app/Modal';
import { useRestoreFocus } from '../common/restore-focus';
import { Field, FormButtons, parseNumber } from '../common/fields';

export type ObjectiveDraft = Omit<Objective, 'id'>;

/** A measurable objective: indicator, unit, baseline → target, due date. */
export function ObjectiveDialog(props: {
  goalTitle: string;
  objective: Objective | null;
  onSubmit: (objective: ObjectiveDraft) => void;
  onClose: () => void;
}) {
  useRestoreFocus();
  const o = props.objective;
  const [indicator, setIndicator] = useState(o?.indicator ?? '');
  const [unit, setUnit] = useState(o?.unit ?? '');
  const [baseline, setBaseline] = useState(o ? String(o.baseline) : '');
  const [target, setTarget] = useState(o ? String(o.target) : '');
  const [dueDate, setDueDate] = useState(o?.dueDate ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const b = parseNumber(baseline);
    const t = parseNumber(target);
    const found: Record<string, string> = {};
    if (!indicator.trim()) found.indicator = 'What do you measure? e.g. “Libraries reused from other teams”.';
    if (b === null || b === undefined) found.baseline = 'The baseline is a number: where you start from.';
    if (t === null || t === undefined) found.target = 'The target is a number: where you want to be.';
    setErrors(found);
    if (Object.keys(found).length > 0 || typeof b !== 'number' || typeof t !== 'number') return;
    props.onSubmit({ indicator: indicator.trim(), unit: unit.trim(), baseline: b, target: t, dueDate: dueDate || null });
  };

  return (
    <Modal title={o ? 'Edit objective' : `New objective for “${props.goalTitle}”`} open onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label="Indicator" error={errors.indicator} wide>
            {(f) => (
              <input id={f.id} value={indicator} maxLength={200} aria-invalid={f.invalid} aria-describedby={f.describedBy}
                onChange={(e) => setIndicator(e.target.value)} />
            )}
          </Field>
          <Field label="Unit" hint="e.g. libraries, days, %">
            {(f) => <input id={f.id} value={unit} maxLength={40} aria-describedby={f.describedBy} onChange={(e) => setUnit(e.target.value)} />}
          </Field>
          <Field label="Due date">
            {(f) => <input id={f.id} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
          </Field>
          <Field label="Baseline" error={errors.baseline}>
            {(f) => (
              <input id={f.id} inputMode="decimal" value={baseline} aria-invalid={f.invalid} aria-describedby={f.describedBy}
                onChange={(e) => setBaseline(e.target.value)} />
            )}
          </Field>
          <Field label="Target" error={errors.target} hint="Below the baseline when you want less of it">
            {(f) => (
              <input id={f.id} inputMode="decimal" value={target} aria-invalid={f.invalid} aria-describedby={f.describedBy}
                onChange={(e) => setTarget(e.target.value)} />
            )}
          </Field>
        </div>
        <FormButtons submitLabel={o ? 'Save objective' : 'Add objective'} onCancel={props.onClose} />
      </form>
    </Modal>
  );
}
