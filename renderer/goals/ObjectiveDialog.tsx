import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objective } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { useRestoreFocus } from '../common/restore-focus';
import { Field, FormButtons, parseNumber } from '../common/fields';
import { LIMITS } from '../../shared/schema/limits';

export type ObjectiveDraft = Omit<Objective, 'id'>;

/** A measurable objective: indicator, unit, baseline → target, due date. */
export function ObjectiveDialog(props: {
  goalTitle: string;
  objective: Objective | null;
  onSubmit: (objective: ObjectiveDraft) => void;
  onClose: () => void;
}) {
  useRestoreFocus();
  const { t } = useTranslation();
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
    const goal = parseNumber(target);
    const found: Record<string, string> = {};
    if (!indicator.trim()) found.indicator = t('goals.objectiveDialog.indicatorMissing');
    if (b === null || b === undefined) found.baseline = t('goals.objectiveDialog.baselineMissing');
    if (goal === null || goal === undefined) found.target = t('goals.objectiveDialog.targetMissing');
    setErrors(found);
    if (Object.keys(found).length > 0 || typeof b !== 'number' || typeof goal !== 'number') return;
    props.onSubmit({ indicator: indicator.trim(), unit: unit.trim(), baseline: b, target: goal, dueDate: dueDate || null });
  };

  return (
    <Modal
      title={o ? t('goals.objectiveDialog.editTitle') : t('goals.objectiveDialog.newTitle', { goal: props.goalTitle })}
      open
      onClose={props.onClose}
    >
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label={t('goals.objectiveDialog.indicator')} error={errors.indicator} wide>
            {(f) => (
              <input
                id={f.id}
                value={indicator}
                maxLength={LIMITS.objective.indicator}
                aria-invalid={f.invalid}
                aria-describedby={f.describedBy}
                onChange={(e) => setIndicator(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('goals.objectiveDialog.unit')} hint={t('goals.objectiveDialog.unitHint')}>
            {(f) => (
              <input
                id={f.id}
                value={unit}
                maxLength={LIMITS.objective.unit}
                aria-describedby={f.describedBy}
                onChange={(e) => setUnit(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('goals.objectiveDialog.dueDate')}>
            {(f) => <input id={f.id} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
          </Field>
          <Field label={t('goals.objectiveDialog.baseline')} error={errors.baseline}>
            {(f) => (
              <input
                id={f.id}
                inputMode="decimal"
                value={baseline}
                aria-invalid={f.invalid}
                aria-describedby={f.describedBy}
                onChange={(e) => setBaseline(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('goals.objectiveDialog.target')} error={errors.target} hint={t('goals.objectiveDialog.targetHint')}>
            {(f) => (
              <input
                id={f.id}
                inputMode="decimal"
                value={target}
                aria-invalid={f.invalid}
                aria-describedby={f.describedBy}
                onChange={(e) => setTarget(e.target.value)}
              />
            )}
          </Field>
        </div>
        <FormButtons submitLabel={o ? t('goals.objectiveDialog.save') : t('goals.objectiveDialog.add')} onCancel={props.onClose} />
      </form>
    </Modal>
  );
}
