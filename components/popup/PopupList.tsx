import type { PopupGroups } from '../../utils/followups/overdue';
import type { FollowUp, FollowUpStatus } from '../../utils/types';
import type { NewEntry } from '../../utils/watch/types';
import { PopupRow } from './PopupRow';

interface Props {
  groups: PopupGroups;
  /** How many rows to render in all (the rest wait behind "Show more"). */
  limit: number;
  onStatus: (id: string, status: FollowUpStatus) => void;
  onMore: () => void;
  /** "Possibly delivered" offers per follow-up id, answered from the row. */
  offers?: Map<string, NewEntry[]>;
  onLinkOffer?: (entry: NewEntry, markDone: boolean) => void;
  onDismissOffer?: (entry: NewEntry) => void;
}

/** Overdue, due soon, then the rest, rendering at most `limit` rows to keep the popup quick. */
export function PopupList({ groups, limit, onStatus, onMore, offers, onLinkOffer, onDismissOffer }: Props) {
  let left = limit;
  const total = groups.overdue.length + groups.dueSoon.length + groups.rest.length;
  const section = (id: string, title: string, list: FollowUp[], overdue: boolean) => {
    if (!list.length || left <= 0) return null;
    const shown = list.slice(0, left);
    left -= shown.length;
    return (
      <section aria-labelledby={id}>
        <h2 id={id}>
          {title} ({list.length})
        </h2>
        <ul>
          {shown.map((f) => (
            <PopupRow
              key={f.id}
              followUp={f}
              overdue={overdue}
              onStatus={onStatus}
              offers={offers?.get(f.id)}
              onLinkOffer={onLinkOffer}
              onDismissOffer={onDismissOffer}
            />
          ))}
        </ul>
      </section>
    );
  };
  return (
    <div>
      {section('h-overdue', 'Overdue', groups.overdue, true)}
      {section('h-soon', 'Due soon', groups.dueSoon, false)}
      {section('h-rest', 'Everything else', groups.rest, false)}
      {total > limit && (
        <button type="button" class="more" onClick={onMore}>
          Show more ({total - limit} not shown)
        </button>
      )}
    </div>
  );
}
