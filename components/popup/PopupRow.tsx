import { humanDue } from '../../utils/export/format';
import { sourceHref } from '../../utils/export/source-link';
import type { FollowUp, FollowUpStatus } from '../../utils/types';
import { StatusSelect } from '../tracker/StatusSelect';
import { DeliveredOffers } from '../watch/DeliveredOffers';
import type { NewEntry } from '../../utils/watch/types';

interface Props {
  followUp: FollowUp;
  overdue: boolean;
  onStatus: (id: string, status: FollowUpStatus) => void;
  /** Later items a watch check found that may deliver this promise. */
  offers?: NewEntry[];
  onLinkOffer?: (entry: NewEntry, markDone: boolean) => void;
  onDismissOffer?: (entry: NewEntry) => void;
}

/** One follow-up in the popup: text, where it came from, due date, quick status, open link. */
export function PopupRow({ followUp: f, overdue, onStatus, offers, onLinkOffer, onDismissOffer }: Props) {
  const href = sourceHref(f);
  const where = [f.source.committee, f.source.meetingDate && humanDue(f.source.meetingDate)]
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      class="fu"
      data-scrutineer-followup={f.id}
      data-status={f.status}
      data-due={f.due ?? ''}
      data-overdue={overdue ? 'true' : undefined}
    >
      <p class="fu-text" title={f.text}>
        {f.text}
      </p>
      <div class="fu-meta">
        <StatusSelect
          value={f.status}
          label={`Status of: ${f.text.slice(0, 80)}`}
          onChange={(s) => onStatus(f.id, s)}
        />
        {f.due && (
          <span class={`fu-due${overdue ? ' overdue' : ''}`}>
            {overdue ? 'Overdue: ' : 'Due '}
            {humanDue(f.due)}
          </span>
        )}
        {where && <span>{where}</span>}
        {f.owner && <span>{f.owner}</span>}
        {href && (
          <a href={href} target="_blank" rel="noreferrer" aria-label={`Open source page for: ${f.text.slice(0, 80)}`}>
            Open ↗
          </a>
        )}
      </div>
      {offers && onLinkOffer && onDismissOffer ? (
        <DeliveredOffers offers={offers} onLink={onLinkOffer} onDismiss={onDismissOffer} />
      ) : null}
    </li>
  );
}
