import { useId } from 'react';
import { useUiStore } from '../store/ui-store';
import { useWorkshop } from '../store/workshop-store';
import { SummaryLanguageField } from '../export/SummaryLanguageField';
import { Modal } from './Modal';
import { LIMITS } from '../../shared/schema/limits';
import { changeFacilitator, changeHideAuthors, changeNextSessionDate, changeWorkshopDate } from './workshop-commands';

/** The workshop's date, its facilitator, the next session's date and whether note authors are shown: what the summary prints. */
export function WorkshopDetailsDialog() {
  const open = useUiStore((state) => state.detailsOpen);
  const setOpen = useUiStore((state) => state.setDetailsOpen);
  const date = useWorkshop((w) => w.meta.date);
  const facilitator = useWorkshop((w) => w.meta.facilitator);
  const hideAuthors = useWorkshop((w) => w.meta.hideAuthors);
  const nextSession = useWorkshop((w) => w.meta.nextSessionDate ?? '');
  const ids = { date: useId(), facilitator: useId(), hide: useId(), hint: useId(), next: useId(), nextHint: useId() };
  return (
    <Modal title="Workshop details" open={open} onClose={() => setOpen(false)}>
      <div className="details-form">
        <label htmlFor={ids.date}>Date</label>
        <input
          id={ids.date}
          type="date"
          value={date}
          required
          onChange={(event) => changeWorkshopDate(event.target.value)}
        />
        <label htmlFor={ids.facilitator}>Facilitator</label>
        <input
          id={ids.facilitator}
          value={facilitator}
          maxLength={LIMITS.workshop.facilitator}
          placeholder="Who runs the workshop"
          onChange={(event) => changeFacilitator(event.target.value)}
        />
        <label htmlFor={ids.next}>Next session</label>
        <input
          id={ids.next}
          type="date"
          value={nextSession}
          aria-describedby={ids.nextHint}
          onChange={(event) => changeNextSessionDate(event.target.value)}
        />
        <p id={ids.nextHint} className="details-form__hint">
          Printed on the sponsor brief, page 1 of the PDF summary. Leave empty when not decided yet.
        </p>
        <SummaryLanguageField />
        <span className="details-form__check">
          <input
            id={ids.hide}
            type="checkbox"
            checked={hideAuthors}
            aria-describedby={ids.hint}
            onChange={(event) => changeHideAuthors(event.target.checked)}
          />
          <label htmlFor={ids.hide}>Hide note authors</label>
        </span>
        <p id={ids.hint} className="details-form__hint">
          Anonymous workshop: authors are hidden on screen and left out of the PDF and Markdown summaries.
        </p>
      </div>
      <div className="modal__buttons">
        <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </Modal>
  );
}
