// A tracked promise's "possibly delivered" offers, shown on its own row (popup, tracker): the
// later item a watch check found, with the same three answers as the New list (link / link and
// mark done / not this). Pure props → JSX; the page wires the callbacks to the shared entries.
import { formatDate } from '../../utils/related/text';
import type { NewEntry } from '../../utils/watch/types';

export interface DeliveredOffersProps {
  offers: NewEntry[];
  onLink: (entry: NewEntry, markDone: boolean) => void;
  onDismiss: (entry: NewEntry) => void;
}

export function DeliveredOffers({ offers, onLink, onDismiss }: DeliveredOffersProps) {
  if (!offers.length) return null;
  return (
    <ul class="offers">
      {offers.map((e) => (
        <li key={e.id} class="offer" data-scrutineer-offer={e.followUpId} title={e.detail}>
          Possibly delivered:{' '}
          <a data-scrutineer-offer-link="" href={e.item!.url} target="_blank" rel="noreferrer">
            {e.item!.title}
          </a>
          {e.item!.meetingDate ? `, ${formatDate(e.item!.meetingDate)}` : ''}
          <span class="new-actions">
            <button type="button" data-offer-action="link" onClick={() => onLink(e, false)}>
              Link
            </button>
            <button type="button" data-offer-action="link-done" onClick={() => onLink(e, true)}>
              Link and mark done
            </button>
            <button
              type="button"
              class="link"
              data-offer-action="not-this"
              aria-label={`Not this: ${e.item!.title}`}
              onClick={() => onDismiss(e)}
            >
              Not this
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
