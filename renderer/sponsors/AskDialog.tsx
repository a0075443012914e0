import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ASK_KINDS, ASK_STATUSES, type AskKind, type AskStatus, type Goal, type Member, type SponsorAsk } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { useRestoreFocus } from '../common/restore-focus';
import { Field, FormButtons, parseNumber } from '../common/fields';
import { askKindLabel, askStatusLabel } from '../common/labels';
import { LIMITS } from '../../shared/schema/limits';

export type AskDraft = Omit<SponsorAsk, 'id'>;

/** What is asked, of whom, why (goals), and where it stands. */
export function AskDialog(props: {
  ask: SponsorAsk | null;
  sponsors: readonly Member[];
  goals: readonly Goal[];
  onSubmit: (ask: AskDraft) => void;
  onClose: () => void;
}) {
  useRestoreFocus();
  const { t } = useTranslation();
  const a = props.ask;
  const [kind, setKind] = useState<AskKind>(a?.kind ?? 'dedicated-time');
  const [what, setWhat] = useState(a?.what ?? '');
  const [amount, setAmount] = useState(a?.amount === null || a?.amount === undefined ? '' : String(a.amount));
  const [unit, setUnit] = useState(a?.unit ?? (a ? '' : t('sponsors.dialog.defaultUnit')));
  const [sponsorId, setSponsorId] = useState(a?.sponsorId ?? props.sponsors[0]?.id ?? '');
  const [goalIds, setGoalIds] = useState<string[]>(a?.goalIds ?? []);
  const [status, setStatus] = useState<AskStatus>(a?.status ?? 'draft');
  const [askedOn, setAskedOn] = useState(a?.askedOn ?? '');
  const [decidedOn, setDecidedOn] = useState(a?.decidedOn ?? '');
  const [notes, setNotes] = useState(a?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseNumber(amount);
    const found: Record<string, string> = {};
    if (!what.trim()) found.what = t('sponsors.dialog.whatMissing');
    if (parsed === undefined) found.amount = t('sponsors.dialog.amountNotNumber');
    setErrors(found);
    if (Object.keys(found).length > 0 || parsed === undefined) return;
    props.onSubmit({
      kind,
      what: what.trim(),
      amount: parsed,
      unit: unit.trim(),
      sponsorId: sponsorId || null,
      goalIds: props.goals.map((g) => g.id).filter((id) => goalIds.includes(id)),
      status,
      askedOn: askedOn || null,
      decidedOn: decidedOn || null,
      notes: notes.trim(),
    });
  };

  return (
    <Modal title={a ? t('sponsors.dialog.editTitle') : t('sponsors.dialog.newTitle')} open onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label={t('sponsors.dialog.what')} error={errors.what} wide>
            {(f) => (
              <input
                id={f.id}
                value={what}
                maxLength={LIMITS.ask.what}
                aria-invalid={f.invalid}
                aria-describedby={f.describedBy}
                onChange={(e) => setWhat(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('sponsors.dialog.kind')}>
            {(f) => (
              <select id={f.id} value={kind} onChange={(e) => setKind(e.target.value as AskKind)}>
                {ASK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {askKindLabel(t, k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('sponsors.dialog.sponsor')} hint={props.sponsors.length === 0 ? t('sponsors.dialog.sponsorHint') : undefined}>
            {(f) => (
              <select id={f.id} value={sponsorId} aria-describedby={f.describedBy} onChange={(e) => setSponsorId(e.target.value)}>
                <option value="">{t('sponsors.dialog.notDecided')}</option>
                {props.sponsors.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.team ? t('sponsors.dialog.sponsorTeam', { name: s.name, team: s.team }) : s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('sponsors.dialog.amount')} error={errors.amount}>
            {(f) => (
              <input
                id={f.id}
                inputMode="decimal"
                value={amount}
                aria-invalid={f.invalid}
                aria-describedby={f.describedBy}
                onChange={(e) => setAmount(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('sponsors.dialog.unit')} hint={t('sponsors.dialog.unitHint')}>
            {(f) => (
              <input
                id={f.id}
                value={unit}
                maxLength={LIMITS.ask.unit}
                aria-describedby={f.describedBy}
                onChange={(e) => setUnit(e.target.value)}
              />
            )}
          </Field>
          {props.goals.length > 0 && (
            <fieldset className="checkbox-list field--wide">
              <legend>{t('sponsors.dialog.goals')}</legend>
              {props.goals.map((goal) => (
                <label key={goal.id}>
                  <input
                    type="checkbox"
                    checked={goalIds.includes(goal.id)}
                    onChange={(e) => setGoalIds((ids) => (e.target.checked ? [...ids, goal.id] : ids.filter((id) => id !== goal.id)))}
                  />{' '}
                  {goal.title}
                </label>
              ))}
            </fieldset>
          )}
          <Field label={t('sponsors.dialog.status')}>
            {(f) => (
              <select id={f.id} value={status} onChange={(e) => setStatus(e.target.value as AskStatus)}>
                {ASK_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {askStatusLabel(t, s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div />
          <Field label={t('sponsors.dialog.askedOn')}>
            {(f) => <input id={f.id} type="date" value={askedOn} onChange={(e) => setAskedOn(e.target.value)} />}
          </Field>
          <Field label={t('sponsors.dialog.decidedOn')}>
            {(f) => <input id={f.id} type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
          </Field>
          <Field label={t('sponsors.dialog.notes')} wide>
            {(f) => <textarea id={f.id} value={notes} maxLength={LIMITS.ask.notes} onChange={(e) => setNotes(e.target.value)} />}
          </Field>
        </div>
        <FormButtons submitLabel={a ? t('sponsors.dialog.save') : t('sponsors.dialog.add')} onCancel={props.onClose} />
      </form>
    </Modal>
  );
}
