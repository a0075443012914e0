import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityOutcome } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { useRestoreFocus } from '../common/restore-focus';
import { Field, FormButtons, parseNumber } from '../common/fields';
import { LIMITS } from '../../shared/schema/limits';

export type OutcomeDraft = Omit<ActivityOutcome, 'id' | 'activityId'>;

/** What came of a done activity: when, how many came, how satisfied they were (1–5), notes. */
export function OutcomeDialog(props: {
  activityTitle: string;
  outcome: ActivityOutcome | null;
  defaultDate: string | null;
  onSubmit: (outcome: OutcomeDraft) => void;
  onClose: () => void;
}) {
  useRestoreFocus();
  const { t } = useTranslation();
  const o = props.outcome;
  const [date, setDate] = useState(o ? (o.date ?? '') : (props.defaultDate ?? ''));
  const [attendance, setAttendance] = useState(o?.attendance === null || o?.attendance === undefined ? '' : String(o.attendance));
  const [satisfaction, setSatisfaction] = useState(o?.satisfaction ? String(o.satisfaction) : '');
  const [notes, setNotes] = useState(o?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const count = parseNumber(attendance);
    if (count === undefined || (count !== null && (!Number.isInteger(count) || count < 0))) {
      return setError(t('impact.outcomeDialog.attendanceInvalid'));
    }
    props.onSubmit({
      date: date || null,
      attendance: count,
      satisfaction: satisfaction ? Number(satisfaction) : null,
      notes: notes.trim(),
    });
  };
  return (
    <Modal title={t('impact.outcomeDialog.title', { title: props.activityTitle })} open onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label={t('impact.outcomeDialog.date')}>
            {(f) => <input id={f.id} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <Field label={t('impact.outcomeDialog.attendance')} hint={t('impact.outcomeDialog.attendanceHint')} error={error}>
            {(f) => (
              <input
                id={f.id}
                inputMode="numeric"
                value={attendance}
                aria-invalid={f.invalid}
                aria-describedby={f.describedBy}
                onChange={(e) => setAttendance(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('impact.outcomeDialog.satisfaction')}>
            {(f) => (
              <select id={f.id} value={satisfaction} onChange={(e) => setSatisfaction(e.target.value)}>
                <option value="">{t('impact.outcomeDialog.notAsked')}</option>
                <option value="1">{t('impact.outcomeDialog.poor')}</option>
                <option value="2">2</option>
                <option value="3">{t('impact.outcomeDialog.fine')}</option>
                <option value="4">4</option>
                <option value="5">{t('impact.outcomeDialog.excellent')}</option>
              </select>
            )}
          </Field>
          <div />
          <Field label={t('impact.outcomeDialog.notes')} wide>
            {(f) => <textarea id={f.id} value={notes} maxLength={LIMITS.outcome.notes} onChange={(e) => setNotes(e.target.value)} />}
          </Field>
        </div>
        <FormButtons submitLabel={t('impact.outcomeDialog.save')} onCancel={props.onClose} />
      </form>
    </Modal>
  );
}
