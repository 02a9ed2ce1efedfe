// What the background checks found: new agendas and minutes of watched committees, items
// matching watched subjects, and items that may deliver a tracked promise ("possibly delivered",
// to confirm: link / link and mark done / not this). Used by the popup ("New") and the tracker
// ("What's new"). Pure props → JSX; the page wires the callbacks.
import type { NewEntry } from '../../utils/watch/types';

export interface NewListProps {
  entries: NewEntry[];
  /** Open a row's council page (marks it seen). */
  onOpen?: (entry: NewEntry) => void;
  onDismiss: (entry: NewEntry) => void;
  onLink: (entry: NewEntry, markDone: boolean) => void;
}

const LABEL: Record<NewEntry['reason'], string> = { committee: 'Committee', subject: 'Subject', followup: 'Promise' };

export function NewList({ entries, onOpen, onDismiss, onLink }: NewListProps) {
  return (
    <ul class="new-list">
      {entries.map((e) => (
        <li key={e.id} class={`new-row${e.seen ? '' : ' unseen'}`}>
          <span class={`new-tag new-${e.reason}`}>{LABEL[e.reason]}</span>
          <div class="new-body">
            {e.reason === 'followup' ? (
              <>
                <p class="new-title">{e.title}</p>
                <p class="new-why">
                  <a
                    data-scrutineer-new=""
                    data-reason={e.reason}
                    href={e.href}
                    target="_blank"
                    rel="noreferrer"
                    onClick={() => onOpen?.(e)}
                  >
                    {e.why}
                  </a>
                </p>
                {e.detail && <p class="new-why">{e.detail}</p>}
                <p class="new-actions">
                  <button type="button" data-new-action="link" onClick={() => onLink(e, false)}>
                    Link
                  </button>
                  <button type="button" data-new-action="link-done" onClick={() => onLink(e, true)}>
                    Link and mark done
                  </button>
                  <button type="button" class="link" data-new-action="not-this" onClick={() => onDismiss(e)}>
                    Not this
                  </button>
                </p>
              </>
            ) : (
              <>
                <a
                  class="new-title"
                  data-scrutineer-new=""
                  data-reason={e.reason}
                  href={e.href}
                  target="_blank"
                  rel="noreferrer"
                  onClick={() => onOpen?.(e)}
                >
                  {e.title}
                </a>
                <p class="new-why">
                  {e.why}{' '}
                  <button type="button" class="link" aria-label={`Dismiss ${e.title}`} onClick={() => onDismiss(e)}>
                    Dismiss
                  </button>
                </p>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
