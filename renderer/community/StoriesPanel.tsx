import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { storiesNewestFirst, VALUE_CYCLES } from '../../shared/domain/value-stories';
import type { ValueCycle } from '../../shared/schema';
import { Modal } from '../app/Modal';
import { Field } from '../common/fields';
import { formatDate } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { addValueStory, deleteValueStory, localToday } from './community-commands';
import './community.css';

/** The log of value-creation stories (Wenger-Trayner's cycles), in the Impact view. */
export function StoriesPanel() {
  const { t } = useTranslation();
  const community = useWorkshop((w) => w.community);
  const activities = useWorkshop((w) => w.backlog.activities);
  const goals = useWorkshop((w) => w.goals);
  const stories = useMemo(() => storiesNewestFirst({ community }), [community]);
  const [adding, setAdding] = useState(false);
  const titleOf = (list: readonly { id: string; title: string }[], id: string | null) => (id ? (list.find((x) => x.id === id)?.title ?? null) : null);
  return (
    <section aria-labelledby="impact-stories" className="impact__section community-panel">
      <h2 id="impact-stories" className="impact__section-title">
        {t('community.stories.title')}
      </h2>
      <div className="community-row">
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
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
                {t('community.stories.meta', { date: formatDate(s.date), cycle: t(`community.cycleName.${s.cycle}`), beneficiaries: s.beneficiaries || '—' })}
                {[titleOf(activities, s.activityId), titleOf(goals, s.goalId)].filter(Boolean).map((x) => ` · ${x}`)}
              </p>
              {s.happened && <p>{s.happened}</p>}
              {s.indicators && (
                <p>
                  <em>{s.indicators}</em>
                </p>
              )}
              <button type="button" className="button button--small" aria-label={t('community.stories.delete', { title: s.title })} onClick={() => deleteValueStory(s.id)}>
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Modal title={t('community.stories.dialogAdd')} open={adding} onClose={() => setAdding(false)}>
        <StoryForm onDone={() => setAdding(false)} />
      </Modal>
    </section>
  );
}

function StoryForm(props: { onDone: () => void }) {
  const { t } = useTranslation();
  const activities = useWorkshop((w) => w.backlog.activities);
  const goals = useWorkshop((w) => w.goals);
  const [fields, setFields] = useState({
    title: '',
    date: localToday(),
    happened: '',
    beneficiaries: '',
    activityId: '',
    goalId: '',
    cycle: 'applied' as ValueCycle,
    indicators: '',
    featured: false,
  });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<typeof fields>) => setFields((f) => ({ ...f, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fields.title.trim()) {
      setError(t('community.stories.titleMissing'));
      return;
    }
    addValueStory({
      ...fields,
      title: fields.title.trim(),
      beneficiaries: fields.beneficiaries.trim(),
      activityId: fields.activityId || null,
      goalId: fields.goalId || null,
    });
    props.onDone();
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label={t('community.stories.name')} error={error} wide>
          {({ id, describedBy, invalid }) => (
            <input id={id} value={fields.title} maxLength={200} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => (set({ title: e.target.value }), setError(null))} />
          )}
        </Field>
        <Field label={t('community.stories.happened')} wide>
          {({ id }) => <textarea id={id} value={fields.happened} maxLength={5000} rows={3} onChange={(e) => set({ happened: e.target.value })} />}
        </Field>
        <Field label={t('community.stories.beneficiaries')}>
          {({ id }) => <input id={id} value={fields.beneficiaries} maxLength={500} onChange={(e) => set({ beneficiaries: e.target.value })} />}
        </Field>
        <Field label={t('community.stories.date')}>
          {({ id }) => <input id={id} type="date" value={fields.date} onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && set({ date: e.target.value })} />}
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
            <select id={id} value={fields.cycle} aria-describedby={describedBy} onChange={(e) => set({ cycle: e.target.value as ValueCycle })}>
              {VALUE_CYCLES.map((c) => (
                <option key={c} value={c}>
                  {t(`community.cycleName.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('community.stories.indicators')} wide>
          {({ id }) => <textarea id={id} value={fields.indicators} maxLength={2000} rows={2} onChange={(e) => set({ indicators: e.target.value })} />}
        </Field>
        <label className="details-form__check">
          <input type="checkbox" checked={fields.featured} onChange={(e) => set({ featured: e.target.checked })} /> {t('community.stories.featured')}
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
