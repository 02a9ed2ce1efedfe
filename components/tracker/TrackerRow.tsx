import { humanDue } from '../../utils/export/format';
import { sourceHref } from '../../utils/export/source-link';
import { dueDay } from '../../utils/followups/overdue';
import type { FollowUpPatch } from '../../utils/followups/patch';
import type { FollowUp } from '../../utils/types';
import { StatusSelect } from './StatusSelect';
import { DraftInput } from './DraftInput';
import { DeliveredOffers } from '../watch/DeliveredOffers';
import type { NewEntry } from '../../utils/watch/types';

interface Props {
  followUp: FollowUp;
  overdue: boolean;
  selected: boolean;
  expanded: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onPatch: (id: string, patch: FollowUpPatch) => void;
  onToggleNotes: (id: string) => void;
  /** Later items a watch check found that may deliver this promise. */
  offers?: NewEntry[];
  onLinkOffer?: (entry: NewEntry, markDone: boolean) => void;
  onDismissOffer?: (entry: NewEntry) => void;
}

/** One editable row of the tracker table. Edits are sent when a field is committed (change event). */
export function TrackerRow({
  followUp: f,
  overdue,
  selected,
  expanded,
  onSelect,
  onPatch,
  onToggleNotes,
  offers,
  onLinkOffer,
  onDismissOffer,
}: Props) {
  const short = f.text.length > 60 ? `${f.text.slice(0, 57)}…` : f.text;
  const href = sourceHref(f);
  const monthOnly = f.due !== null && /^\d{4}-\d{2}$/.test(f.due);
  return (
    <tr
      data-scrutineer-followup={f.id}
      data-status={f.status}
      data-due={f.due ?? ''}
      data-overdue={overdue ? 'true' : undefined}
      class={selected ? 'selected' : undefined}
    >
      <td>
        <input
          type="checkbox"
          checked={selected}
          aria-label={`Select: ${short}`}
          onChange={(e) => onSelect(f.id, (e.currentTarget as HTMLInputElement).checked)}
        />
      </td>
      <td class="col-text">
        <div class="fu-text">{f.text}</div>
        <div class="muted small">
          {f.kind}
          {href && (
            <>
              {' · '}
              <a href={href} target="_blank" rel="noreferrer" aria-label={`Open source page for: ${short}`}>
                source ↗
              </a>
            </>
          )}
        </div>
        {offers && onLinkOffer && onDismissOffer ? (
          <DeliveredOffers offers={offers} onLink={onLinkOffer} onDismiss={onDismissOffer} />
        ) : null}
      </td>
      <td class="small">
        <div>{f.source.committee ?? <span class="muted">—</span>}</div>
        <div class="muted">
          {f.source.meetingDate ? humanDue(f.source.meetingDate) : ''} {f.source.host}
        </div>
      </td>
      <td>
        <StatusSelect value={f.status} label={`Status of: ${short}`} onChange={(status) => onPatch(f.id, { status })} />
        {overdue && <span class="badge overdue">Overdue</span>}
      </td>
      <td>
        <DraftInput
          type="date"
          class="due"
          label={`Due date of: ${short}`}
          value={dueDay(f.due) ?? ''}
          onCommit={(v) => onPatch(f.id, { due: v || null })}
        />
        {monthOnly && <div class="muted small">{humanDue(f.due)} (month)</div>}
      </td>
      <td>
        <DraftInput
          class="owner"
          label={`Lead officer for: ${short}`}
          value={f.owner ?? ''}
          placeholder="Lead officer"
          onCommit={(v) => onPatch(f.id, { owner: v })}
        />
      </td>
      <td>
        <DraftInput
          class="tags"
          label={`Tags for: ${short} (comma-separated)`}
          value={f.tags.join(', ')}
          placeholder="tags"
          onCommit={(v) => onPatch(f.id, { tags: v.split(',') })}
        />
      </td>
      <td>
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={`notes-${f.id}`}
          onClick={() => onToggleNotes(f.id)}
        >
          Notes ({f.notes.length})
        </button>
      </td>
    </tr>
  );
}
