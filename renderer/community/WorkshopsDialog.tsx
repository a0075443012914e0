import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openActions, workshopsOf } from '../../shared/domain/community-workshops';
import { WORKSHOP_KINDS, type WorkshopKind } from '../../shared/schema';
import { Modal } from '../app/Modal';
import { askStatusLabel, formatDate } from '../common/labels';
import { Field } from '../common/fields';
import { useUiStore } from '../store/ui-store';
import { useWorkshop } from '../store/workshop-store';
import { createCommunityWorkshop, localToday, openCommunityWorkshop } from './community-commands';
import { COMMUNITY_TEMPLATE_IDS, communityTemplate, type CommunityTemplateId } from './community-templates';
import { useCommunityUi } from './community-ui-store';
import '../common/feature.css';
import './community.css';

/** The title bar's button to the community's workshops. */
export function WorkshopsButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" onClick={() => useCommunityUi.getState().show('list')} aria-haspopup="dialog">
      {t('community.workshops.button')}
    </button>
  );
}

/** The community's workshops: open one, start the next (from a template or the agenda of a previous one), review what is open. */
export function WorkshopsDialog() {
  const { t } = useTranslation();
  const dialog = useCommunityUi((s) => s.dialog);
  const close = () => useCommunityUi.getState().reset();
  return (
    <Modal title={dialog === 'review' ? t('community.review.title') : t('community.workshops.title')} open={dialog !== 'closed'} onClose={close}>
      {dialog === 'review' ? <OpenActionsReview onClose={close} /> : <WorkshopList onClose={close} />}
    </Modal>
  );
}

function WorkshopList(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const community = useWorkshop((w) => w.community);
  const meta = useWorkshop((w) => w.meta);
  const agenda = useWorkshop((w) => w.agenda);
  const canvas = useWorkshop((w) => w.canvas);
  const all = useMemo(
    () => workshopsOf({ community, meta, agenda, canvas } as Parameters<typeof workshopsOf>[0]),
    [community, meta, agenda, canvas],
  );
  const openId = community.openWorkshop.id;
  const [kind, setKind] = useState<WorkshopKind>('check-in');
  const [title, setTitle] = useState<string>(() => t('community.workshops.defaultTitle'));
  const [date, setDate] = useState(localToday());
  const [from, setFrom] = useState<string>('template:check-in');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('community.workshops.titleMissing'));
      return;
    }
    const previous = openId;
    const [source, id] = from.split(':') as ['template' | 'workshop', string];
    const template = communityTemplate(source === 'template' ? (id as CommunityTemplateId) : 'blank');
    createCommunityWorkshop({
      kind,
      title: title.trim(),
      date,
      canvasTemplate: source === 'template' ? template.canvas : (all.find((w) => w.id === id)?.canvas.template ?? 'blank'),
      steps: template.steps,
      duplicateAgendaOf: source === 'workshop' ? id : null,
    });
    useUiStore.getState().setView('agenda');
    useCommunityUi.getState().show('review', previous);
  };

  return (
    <div className="community-dialog">
      <ul className="workshop-list" aria-label={t('community.workshops.list')}>
        {all.map((w) => (
          <li key={w.id} className="workshop-list__item" aria-current={w.id === openId ? 'true' : undefined}>
            <span className="workshop-list__title">{w.title || '—'}</span>
            <span className="muted">
              {t(`community.kind.${w.kind}`)} · {formatDate(w.date)}
            </span>
            {w.id === openId ? (
              <span className="chip">{t('community.workshops.current')}</span>
            ) : (
              <button
                type="button"
                className="button button--small"
                aria-label={t('community.workshops.openWorkshop', { title: w.title })}
                onClick={() => {
                  openCommunityWorkshop(w.id);
                  props.onClose();
                }}
              >
                {t('community.workshops.open')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="card community-form" onSubmit={submit} aria-label={t('community.workshops.newTitle')} noValidate>
        <h3>{t('community.workshops.newTitle')}</h3>
        <div className="form-grid">
          <Field label={t('community.workshops.kind')}>
            {({ id }) => (
              <select id={id} value={kind} onChange={(e) => setKind(e.target.value as WorkshopKind)}>
                {WORKSHOP_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`community.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('community.workshops.date')}>
            {({ id }) => <input id={id} type="date" value={date} required onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && setDate(e.target.value)} />}
          </Field>
          <Field label={t('community.workshops.name')} error={error} wide>
            {({ id, describedBy, invalid }) => (
              <input id={id} value={title} maxLength={200} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => (setTitle(e.target.value), setError(null))} />
            )}
          </Field>
          <Field label={t('community.workshops.startFrom')} wide>
            {({ id }) => (
              <select id={id} value={from} onChange={(e) => setFrom(e.target.value)}>
                {COMMUNITY_TEMPLATE_IDS.map((tid) => (
                  <option key={tid} value={`template:${tid}`}>
                    {t('community.workshops.fromTemplate', { name: t(`community.template.${tid}`) })}
                  </option>
                ))}
                {[...all].reverse().map((w) => (
                  <option key={w.id} value={`workshop:${w.id}`}>
                    {t('community.workshops.duplicateOf', { title: w.title, date: formatDate(w.date) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="modal__buttons">
          <button type="submit" className="button button--primary">
            {t('community.workshops.create')}
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            {t('common.close')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** What is still open since the previous workshop, shown when a new one starts. */
function OpenActionsReview(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const reviewFrom = useCommunityUi((s) => s.reviewFrom);
  const backlog = useWorkshop((w) => w.backlog);
  const sponsorAsks = useWorkshop((w) => w.sponsorAsks);
  const community = useWorkshop((w) => w.community);
  const previous = community.workshops.find((w) => w.id === reviewFrom) ?? null;
  const open = useMemo(() => openActions({ backlog, sponsorAsks }), [backlog, sponsorAsks]);
  const columnOf = new Map(backlog.columns.flatMap((c) => c.activityIds.map((id) => [id, c.title] as const)));
  return (
    <div className="community-dialog">
      <p>{previous ? t('community.review.intro', { title: previous.title }) : t('community.review.introFirst')}</p>
      {open.activities.length === 0 && open.asks.length === 0 ? (
        <p>{t('community.review.none')}</p>
      ) : (
        <div className="review-lists">
          <section aria-labelledby="review-activities">
            <h3 id="review-activities">{t('community.review.activities', { count: open.activities.length })}</h3>
            <ul aria-labelledby="review-activities">
              {open.activities.map((a) => (
                <li key={a.id}>
                  <strong>{a.title}</strong> <span className="chip">{t('community.review.inColumn', { column: columnOf.get(a.id) ?? '' })}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="review-asks">
            <h3 id="review-asks">{t('community.review.asks', { count: open.asks.length })}</h3>
            <ul aria-labelledby="review-asks">
              {open.asks.map((a) => (
                <li key={a.id}>
                  <strong>{a.what}</strong> <span className="chip">{askStatusLabel(t, a.status)}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
      <div className="modal__buttons">
        <button
          type="button"
          className="button"
          onClick={() => {
            useUiStore.getState().setView('backlog');
            props.onClose();
          }}
        >
          {t('community.review.goToBacklog')}
        </button>
        <button type="button" className="button button--primary" onClick={props.onClose}>
          {t('community.review.reviewed')}
        </button>
      </div>
    </div>
  );
}
