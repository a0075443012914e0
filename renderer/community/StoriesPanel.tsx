import { useMemo, useState, type FormEvent } from 'react';
import { LIMITS } from '../../shared/schema/limits';
import { useTranslation } from 'react-i18next';
import { storiesNewestFirst, VALUE_CYCLES } from '../../shared/domain/value-stories';
import type { ValueCycle, ValueStory } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { Field } from '../common/fields';
import { formatDate } from '../common/labels';
import { useUndoOffer } from '../common/UndoOffer';
import { useWorkshop } from '../store/workshop-store';
import { addValueStory, deleteValueStory, editValueStory, localToday } from './community-commands';
import './community.css';

/** The log of value-creation stories (Wenger-Trayner's cycles), in the Impact view. */
export function StoriesPanel() {
  const { t } = useTranslation();
  const community = useWorkshop((w) => w.community);
  const activities = useWorkshop((w) => w.backlog.activities);
  const goals = useWorkshop((w) => w.goals);
  const stories = useMemo(() => storiesNewestFirst({ community }), [community]);
  /** The story dialog: closed, a new story, or the story being edited. */
  const [editing, setEditing] = useState<ValueStory | 'new' | null>(null);
  const undoOffer = useUndoOffer();
  const titleOf = (list: readonly { id: string; title: string }[], id: string | null) =>
    id ? (list.find((x) => x.id === id)?.title ?? null) : null;
  return (
    <section aria-labelledby="impact-stories" className="impact__section community-panel">
      <h2 id="impact-stories" className="impact__section-title">
        {t('community.stories.title')}
      </h2>
      <div className="community-row">
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('community.stories.add')}
        </button>
      </div>
      {stories.length === 0 ? (
        <p className="muted">{t('community.stories.none')}</p>
      ) : (
        <ul className="story-list" aria-labelledby="impact-stories">
          {stories.map((s) => (
            <li key={s.id} className="story-list__item">
              <h3>
                {s.title} {s.featured && <span className="chip">{t('community.stories.featured')}</span>}
              </h3>
              <p className="muted">
                {t('community.stories.meta', {
                  date: formatDate(s.date),
                  cycle: t(`community.cycleName.${s.cycle}`),
                  beneficiaries: s.beneficiaries || '—',
                })}
                {[titleOf(activities, s.activityId), titleOf(goals, s.goalId)].filter(Boolean).map((x) => ` · ${x}`)}
              </p>
              {s.happened && <p>{s.happened}</p>}
              {s.indicators && (
                <p>
                  <em>{s.indicators}</em>
                </p>
              )}
              <div className="community-row">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('community.stories.edit', { title: s.title })}
                  onClick={() => setEditing(s)}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('community.stories.delete', { title: s.title })}
                  onClick={() => {
                    deleteValueStory(s.id);
                    undoOffer.offer(t('community.stories.deleted', { title: s.title }));
                  }}
                >
                  {t('common.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {undoOffer.element}
      <Modal
        title={editing === 'new' ? t('community.stories.dialogAdd') : t('community.stories.dialogEdit')}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <StoryForm
            key={editing === 'new' ? 'new' : editing.id}
            story={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </section>
  );
}

/** The story's fields: empty for a new story, the story's own to edit it. */
function StoryForm(props: { story: ValueStory | null; onDone: () => void }) {
  const { t } = useTranslation();
  const activities = useWorkshop((w) => w.backlog.activities);
  const goals = useWorkshop((w) => w.goals);
  const [fields, setFields] = useState(() => {
    const s = props.story;
    return {
      title: s?.title ?? '',
      date: s?.date ?? localToday(),
      happened: s?.happened ?? '',
      beneficiaries: s?.beneficiaries ?? '',
      activityId: s?.activityId ?? '',
      goalId: s?.goalId ?? '',
      cycle: s?.cycle ?? ('applied' as ValueCycle),
      indicators: s?.indicators ?? '',
      featured: s?.featured ?? false,
    };
  });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<typeof fields>) => setFields((f) => ({ ...f, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fields.title.trim()) {
      setError(t('community.stories.titleMissing'));
      return;
    }
    const story = {
      ...fields,
      title: fields.title.trim(),
      beneficiaries: fields.beneficiaries.trim(),
      activityId: fields.activityId || null,
      goalId: fields.goalId || null,
    };
    if (props.story) editValueStory(props.story.id, story);
    else addValueStory(story);
    props.onDone();
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label={t('community.stories.name')} error={error} wide>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              value={fields.title}
              maxLength={LIMITS.story.title}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => (set({ title: e.target.value }), setError(null))}
            />
          )}
        </Field>
        <Field label={t('community.stories.happened')} wide>
          {({ id }) => (
            <textarea
              id={id}
              value={fields.happened}
              maxLength={LIMITS.story.happened}
              rows={3}
              onChange={(e) => set({ happened: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('community.stories.beneficiaries')}>
          {({ id }) => (
            <input
              id={id}
              value={fields.beneficiaries}
              maxLength={LIMITS.story.beneficiaries}
              onChange={(e) => set({ beneficiaries: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('community.stories.date')}>
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={fields.date}
              onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && set({ date: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('community.stories.activity')}>
          {({ id }) => (
            <select id={id} value={fields.activityId} onChange={(e) => set({ activityId: e.target.value })}>
              <option value="">{t('community.stories.noLink')}</option>
              {activities.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('community.stories.goal')}>
          {({ id }) => (
            <select id={id} value={fields.goalId} onChange={(e) => set({ goalId: e.target.value })}>
              <option value="">{t('community.stories.noLink')}</option>
              {goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('community.stories.cycle')} hint={t(`community.cycleDescription.${fields.cycle}`)} wide>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={fields.cycle}
              aria-describedby={describedBy}
              onChange={(e) => set({ cycle: e.target.value as ValueCycle })}
            >
              {VALUE_CYCLES.map((c) => (
                <option key={c} value={c}>
                  {t(`community.cycleName.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('community.stories.indicators')} wide>
          {({ id }) => (
            <textarea
              id={id}
              value={fields.indicators}
              maxLength={LIMITS.story.indicators}
              rows={2}
              onChange={(e) => set({ indicators: e.target.value })}
            />
          )}
        </Field>
        <label className="details-form__check">
          <input type="checkbox" checked={fields.featured} onChange={(e) => set({ featured: e.target.checked })} />{' '}
          {t('community.stories.featured')}
        </label>
      </div>
      <div className="modal__buttons">
        <button type="submit" className="button button--primary">
          {t('community.stories.save')}
        </button>
        <button type="button" className="button" onClick={props.onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
