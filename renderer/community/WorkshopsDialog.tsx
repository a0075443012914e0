import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { LIMITS } from '../../shared/schema/limits';
import { useTranslation } from 'react-i18next';
import { canDeleteWorkshop, openActions, workshopDeletionEffects, workshopsOf } from '../../shared/domain/community-workshops';
import { WORKSHOP_KINDS, type Workshop, type WorkshopKind } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { askStatusLabel, formatDate } from '../common/labels';
import { Field } from '../common/fields';
import { shortcutOf } from '../common/action';
import { useUiStore } from '../store/ui-store';
import { useUndoOffer } from '../common/UndoOffer';
import { useWorkshop } from '../store/workshop-store';
import {
  createCommunityWorkshop,
  deleteCommunityWorkshop,
  localToday,
  openCommunityWorkshop,
  renameCommunityWorkshop,
} from './community-commands';
import { COMMUNITY_TEMPLATE_IDS, communityTemplate, type CommunityTemplateId } from './community-templates';
import { useCommunityUiStore } from './community-ui-store';
import '../common/feature.css';
import './community.css';

/** The title bar's button to the community's workshops. */
export function WorkshopsButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" onClick={() => useCommunityUiStore.getState().show('list')} aria-haspopup="dialog">
      {t('community.workshops.button')}
    </button>
  );
}

/** The community's workshops: open one, start the next (from a template or the agenda of a previous one), review what is open. */
export function WorkshopsDialog() {
  const { t } = useTranslation();
  const dialog = useCommunityUiStore((s) => s.dialog);
  const target = useCommunityUiStore((s) => s.reviewFrom);
  const all = useAllWorkshops();
  // Kept here, above the list and the confirmation, so the offer to undo a deletion survives the switch back to the list.
  const undoOffer = useUndoOffer();
  const close = () => useCommunityUiStore.getState().reset();
  const toDelete = dialog === 'delete' ? (all.find((w) => w.id === target) ?? null) : null;
  const title =
    dialog === 'review'
      ? t('community.review.title')
      : toDelete
        ? t('community.workshops.deleteTitle', { title: toDelete.title || '—' })
        : t('community.workshops.title');
  return (
    <Modal
      title={title}
      open={dialog !== 'closed'}
      onClose={dialog === 'delete' ? () => useCommunityUiStore.getState().show('list') : close}
    >
      {dialog === 'review' ? (
        <OpenActionsReview onClose={close} />
      ) : toDelete ? (
        <DeleteWorkshop
          workshopId={toDelete.id}
          title={toDelete.title}
          onDeleted={() => undoOffer.offer(t('community.workshops.deleted', { title: toDelete.title || '—' }))}
        />
      ) : (
        <WorkshopList onClose={close} undoOffer={undoOffer.element} />
      )}
    </Modal>
  );
}

/** Every workshop of the community, oldest first. */
function useAllWorkshops() {
  const community = useWorkshop((w) => w.community);
  const meta = useWorkshop((w) => w.meta);
  const agenda = useWorkshop((w) => w.agenda);
  const canvas = useWorkshop((w) => w.canvas);
  return useMemo(() => workshopsOf({ community, meta, agenda, canvas } as Workshop), [community, meta, agenda, canvas]);
}

/** "Delete the workshop?" with what goes and what stays; back to the list after, with an offer to undo. */
function DeleteWorkshop(props: { workshopId: string; title: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const doc = useWorkshop((w) => w);
  const effects = workshopDeletionEffects(doc, props.workshopId);
  const isOpen = doc.community.openWorkshop.id === props.workshopId;
  const others = workshopsOf(doc).filter((w) => w.id !== props.workshopId);
  const lines = [
    effects.notes > 0 ? t('community.workshops.deleteCanvas', { count: effects.notes }) : t('community.workshops.deleteCanvasEmpty'),
    ...(effects.healthChecks > 0 ? [t('community.workshops.deleteChecks', { count: effects.healthChecks })] : []),
    ...(effects.linked > 0 ? [t('community.workshops.deleteLinks', { count: effects.linked })] : []),
    ...(isOpen && others.length > 0 ? [t('community.workshops.deleteOpen', { next: others[others.length - 1]!.title || '—' })] : []),
    t('community.workshops.deleteKept'),
  ];
  const back = () => useCommunityUiStore.getState().show('list');
  return (
    <div className="community-dialog">
      <ul className="confirm__consequences">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="confirm__undo-hint">{t('common.confirm.undoHint', { shortcut: shortcutOf('edit.undo') })}</p>
      <div className="modal__buttons">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            if (deleteCommunityWorkshop(props.workshopId)) props.onDeleted();
            back();
          }}
        >
          {t('community.workshops.deleteConfirm')}
        </button>
        <button type="button" className="button" onClick={back} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

function WorkshopList(props: { onClose: () => void; undoOffer: ReactNode }) {
  const { t } = useTranslation();
  const community = useWorkshop((w) => w.community);
  const all = useAllWorkshops();
  const openId = community.openWorkshop.id;
  const deletable = canDeleteWorkshop({ community });
  const [renaming, setRenaming] = useState<string | null>(null);
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
    useCommunityUiStore.getState().show('review', previous);
  };

  return (
    <div className="community-dialog">
      <ul className="workshop-list" aria-label={t('community.workshops.list')}>
        {all.map((w) => (
          <li key={w.id} className="workshop-list__item" aria-current={w.id === openId ? 'true' : undefined}>
            {renaming === w.id ? (
              <RenameForm workshopId={w.id} title={w.title} onDone={() => setRenaming(null)} />
            ) : (
              <span className="workshop-list__title">{w.title || '—'}</span>
            )}
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
            {renaming !== w.id && (
              <span className="workshop-list__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('community.workshops.renameWorkshop', { title: w.title })}
                  onClick={() => setRenaming(w.id)}
                >
                  {t('community.workshops.rename')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('community.workshops.deleteWorkshop', { title: w.title })}
                  disabled={!deletable}
                  onClick={() => useCommunityUiStore.getState().show('delete', w.id)}
                >
                  {t('community.workshops.delete')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {!deletable && <p className="muted">{t('community.workshops.lastOne')}</p>}
      {props.undoOffer}
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
            {({ id }) => (
              <input
                id={id}
                type="date"
                value={date}
                required
                onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && setDate(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('community.workshops.name')} error={error} wide>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                value={title}
                maxLength={LIMITS.workshop.title}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(e) => (setTitle(e.target.value), setError(null))}
              />
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

/** The title of a workshop, edited in place in the list. */
function RenameForm(props: { workshopId: string; title: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(props.title);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() && title.trim() !== props.title) renameCommunityWorkshop(props.workshopId, title);
    props.onDone();
  };
  return (
    <form className="workshop-list__rename" onSubmit={save}>
      <input
        className="input"
        value={title}
        maxLength={LIMITS.workshop.title}
        aria-label={t('community.workshops.renameField', { title: props.title })}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // Escape leaves the title as it was, without closing the dialog.
            e.preventDefault();
            e.stopPropagation();
            props.onDone();
          }
        }}
      />
      <button type="submit" className="button button--small button--primary" disabled={!title.trim()}>
        {t('community.workshops.renameSave')}
      </button>
      <button type="button" className="button button--small" onClick={props.onDone}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

/** What is still open since the previous workshop, shown when a new one starts. */
function OpenActionsReview(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const reviewFrom = useCommunityUiStore((s) => s.reviewFrom);
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
                  <strong>{a.title}</strong>{' '}
                  <span className="chip">{t('community.review.inColumn', { column: columnOf.get(a.id) ?? '' })}</span>
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
