import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopStore } from '../store/workshop-store';

interface Offer {
  text: string;
  revision: number;
}

/**
 * After a deletion, a polite "Deleted “Ana”. Undo" line. It disappears as soon as the document changes again,
 * so its Undo button always undoes exactly that deletion.
 */
export function useUndoOffer() {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<Offer | null>(null);
  const revision = useWorkshopStore((s) => s.revision);
  const visible = offer !== null && offer.revision === revision;
  return {
    /** Call right after the change was made. */
    offer: (text: string) => setOffer({ text, revision: useWorkshopStore.getState().revision }),
    element: (
      <div role="status" className="undo-offer" aria-live="polite">
        {visible && (
          <>
            <span>{offer.text}</span>
            <button
              type="button"
              className="button"
              onClick={() => {
                useWorkshopStore.getState().undo();
                setOffer(null);
                // The button goes away with the offer: keep the keyboard focus on the page, not on its body.
                const heading = document.querySelector<HTMLElement>('main h1');
                if (heading) {
                  heading.tabIndex = -1;
                  heading.focus();
                }
              }}
            >
              {t('common.undo')}
            </button>
          </>
        )}
      </div>
    ),
  };
}
