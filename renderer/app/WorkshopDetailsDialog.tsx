import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui-store';
import { useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { Modal } from './Modal';

/** The workshop's date, its facilitator, the next session's date and whether note authors are shown: what the summary prints. */
export function WorkshopDetailsDialog() {
  const open = useUiStore((state) => state.detailsOpen);
  const setOpen = useUiStore((state) => state.setDetailsOpen);
  const date = useWorkshop((w) => w.meta.date);
  const facilitator = useWorkshop((w) => w.meta.facilitator);
  const hideAuthors = useWorkshop((w) => w.meta.hideAuthors);
  const nextSession = useWorkshop((w) => w.meta.nextSessionDate ?? '');
  const change = useWorkshopStore((state) => state.change);
  const { t } = useTranslation();
  const ids = { date: useId(), facilitator: useId(), hide: useId(), hint: useId(), next: useId(), nextHint: useId() };
  return (
    <Modal title={t('app.details.title')} open={open} onClose={() => setOpen(false)}>
      <div className="details-form">
        <label htmlFor={ids.date}>{t('app.details.date')}</label>
        <input
          id={ids.date}
          type="date"
          value={date}
          required
          onChange={(event) => {
            const value = event.target.value;
            // An emptied date field is not a date: the workshop keeps its last one.
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) change(t('app.undo.changeDate'), (w) => void (w.meta.date = value));
          }}
        />
        <label htmlFor={ids.facilitator}>{t('app.details.facilitator')}</label>
        <input
          id={ids.facilitator}
          value={facilitator}
          maxLength={120}
          placeholder={t('app.details.facilitatorPlaceholder')}
          onChange={(event) =>
            change(t('app.undo.changeFacilitator'), (w) => void (w.meta.facilitator = event.target.value), { coalesceKey: 'meta.facilitator' })
          }
        />
        <label htmlFor={ids.next}>{t('app.details.nextSession')}</label>
        <input
          id={ids.next}
          type="date"
          value={nextSession}
          aria-describedby={ids.nextHint}
          onChange={(event) => {
            const value = event.target.value;
            if (value === '') change(t('app.undo.clearNextSession'), (w) => void delete w.meta.nextSessionDate);
            else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) change(t('app.undo.changeNextSession'), (w) => void (w.meta.nextSessionDate = value));
          }}
        />
        <p id={ids.nextHint} className="details-form__hint">
          {t('app.details.nextSessionHint')}
        </p>
        <span className="details-form__check">
          <input
            id={ids.hide}
            type="checkbox"
            checked={hideAuthors}
            aria-describedby={ids.hint}
            onChange={(event) => change(event.target.checked ? t('app.undo.hideAuthors') : t('app.undo.showAuthors'), (w) => void (w.meta.hideAuthors = event.target.checked))}
          />
          <label htmlFor={ids.hide}>{t('app.details.hideAuthors')}</label>
        </span>
        <p id={ids.hint} className="details-form__hint">
          {t('app.details.hideAuthorsHint')}
        </p>
      </div>
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
          {t('app.details.close')}
        </button>
      </div>
    </Modal>
  );
}
