import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecurrenceField } from '../community/public';
import { emptyActivityFields, type ActivityFields } from '../../shared/domain/backlog-activities';
import { placeOf } from '../../shared/domain/backlog-moves';
import { ActivityTypeSchema, type Activity } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { useWorkshop } from '../store/workshop-store';
import { deleteActivityWithNotice, saveActivityDialog } from './backlog-commands';
import { useBacklogUiStore, type ActivityEditor } from './backlog-ui-store';
import { activityName, typeOptions } from './backlog-text';
import { boardLookups, sourceLabel } from './card-facts';
import { LIMITS } from '../../shared/schema/limits';
import { ColumnSelect } from './ColumnSelect';

/** Create or edit an activity. Nothing changes until Save (one undo step). */
export function ActivityDialog() {
  const { t } = useTranslation();
  const editor = useBacklogUiStore((s) => s.editor);
  const activities = useWorkshop((w) => w.backlog.activities);
  const close = () => useBacklogUiStore.getState().openEditor(null);
  const existing = editor?.mode === 'edit' ? activities.find((a) => a.id === editor.activityId) : undefined;
  // An activity deleted (or undone) while its dialog is open: nothing to edit any more.
  const open = editor !== null && (editor.mode === 'create' || existing !== undefined);
  const title =
    editor?.mode === 'create'
      ? t('backlog.dialog.newActivity')
      : existing
        ? t('backlog.dialog.editActivity', { name: activityName(existing) })
        : t('backlog.dialog.activity');
  return (
    <Modal title={title} open={open} onClose={close}>
      {open && editor && (
        <ActivityForm
          key={editor.mode === 'edit' ? editor.activityId : `new-${editor.columnId}`}
          editor={editor}
          existing={existing}
          onDone={close}
        />
      )}
    </Modal>
  );
}

/** The editable part of an activity (not its id, nor its canvas link). */
function fieldsOf(activity: Activity): ActivityFields {
  const { id: _id, source: _source, ...fields } = activity;
  return fields;
}

function ActivityForm(props: { editor: ActivityEditor; existing: Activity | undefined; onDone: () => void }) {
  const { editor, existing } = props;
  const { t } = useTranslation();
  const members = useWorkshop((w) => w.members);
  const goals = useWorkshop((w) => w.goals);
  const columns = useWorkshop((w) => w.backlog.columns);
  const canvas = useWorkshop((w) => w.canvas);
  const startColumn = editor.mode === 'create' ? editor.columnId : (placeOf({ columns }, editor.activityId)?.columnId ?? columns[0]!.id);
  const [fields, setFields] = useState<ActivityFields>(() => (existing ? fieldsOf(existing) : emptyActivityFields()));
  const [columnId, setColumnId] = useState(startColumn);
  const [effortText, setEffortText] = useState(existing?.effortHours?.toString() ?? '');
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const set = (patch: Partial<ActivityFields>) => setFields((f) => ({ ...f, ...patch }));
  const source = existing ? sourceLabel(existing, boardLookups({ members, goals, canvas })) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fields.title.trim()) {
      setError(t('backlog.dialog.needsTitle'));
      titleRef.current?.focus();
      return;
    }
    const effort = effortText.trim() === '' ? null : Number(effortText);
    if (effort !== null && (!Number.isFinite(effort) || effort < 0)) {
      setError(t('backlog.dialog.badEffort'));
      return;
    }
    const values = { ...fields, effortHours: effort };
    saveActivityDialog(editor.mode === 'create' ? null : editor.activityId, values, columnId);
    props.onDone();
  };

  return (
    <form className="activity-form" onSubmit={submit} noValidate>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {source && <p className="activity-form__source">{source}</p>}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('backlog.dialog.title')}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          value={fields.title}
          maxLength={LIMITS.activity.title}
          required
          autoFocus
          onChange={(e) => set({ title: e.target.value })}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('backlog.dialog.type')}</label>
          <select id={`${id}-type`} value={fields.type} onChange={(e) => set({ type: ActivityTypeSchema.parse(e.target.value) })}>
            {typeOptions().map((o) => (
              <option key={o.type} value={o.type}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <ColumnSelect id={`${id}-column`} label={t('backlog.dialog.column')} columns={columns} value={columnId} onChange={setColumnId} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('backlog.dialog.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={3}
          maxLength={LIMITS.activity.description}
          value={fields.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('backlog.dialog.owner')}</label>
          <select
            id={`${id}-owner`}
            value={fields.ownerId ?? ''}
            aria-describedby={members.length === 0 ? `${id}-owner-hint` : undefined}
            onChange={(e) => set({ ownerId: e.target.value || null })}
          >
            <option value="">{t('backlog.dialog.nobody')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          {members.length === 0 && (
            <p className="field__hint" id={`${id}-owner-hint`}>
              {t('backlog.dialog.noMembers')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('backlog.dialog.date')}</label>
          <input id={`${id}-date`} type="date" value={fields.date ?? ''} onChange={(e) => set({ date: e.target.value || null })} />
        </div>
        <RecurrenceField value={fields.recurrence ?? null} onChange={(recurrence) => set({ recurrence })} />
        <div className="field">
          <label htmlFor={`${id}-effort`}>{t('backlog.dialog.effort')}</label>
          <input
            id={`${id}-effort`}
            type="number"
            min={0}
            step={0.5}
            inputMode="decimal"
            value={effortText}
            onChange={(e) => setEffortText(e.target.value)}
          />
        </div>
      </div>
      <fieldset className="field goals-picker">
        <legend>{t('backlog.dialog.goals')}</legend>
        {goals.length === 0 ? (
          <p className="field__hint">{t('backlog.dialog.noGoals')}</p>
        ) : (
          goals.map((g) => (
            <label key={g.id} className="check">
              <input
                type="checkbox"
                checked={fields.goalIds.includes(g.id)}
                onChange={(e) => set({ goalIds: e.target.checked ? [...fields.goalIds, g.id] : fields.goalIds.filter((x) => x !== g.id) })}
              />
              {g.title}
            </label>
          ))
        )}
      </fieldset>
      <div className="modal__buttons">
        {editor.mode === 'edit' && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              deleteActivityWithNotice(editor.activityId);
              props.onDone();
            }}
          >
            {t('backlog.dialog.delete')}
          </button>
        )}
        <span className="modal__spacer" />
        <button type="button" className="button" onClick={props.onDone}>
          {t('backlog.dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {editor.mode === 'create' ? t('backlog.dialog.add') : t('backlog.dialog.save')}
        </button>
      </div>
    </form>
  );
}
