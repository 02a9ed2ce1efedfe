// Watched committees and subjects: edit (a subject's words), pause or resume, remove.
import { useState } from 'preact/hooks';
import type { Watch } from '../../utils/watch/types';

export interface WatchListProps {
  watches: Watch[];
  onPause: (w: Watch, paused: boolean) => void;
  onRemove: (w: Watch) => void;
  onEdit: (w: Watch, words: string) => void;
}

export function describeWatch(w: Watch): string {
  if (w.kind === 'committee') return `${w.committee ?? `Committee ${w.cid}`} — ${w.host}`;
  const scope = w.cid ? `${w.committee ?? `committee ${w.cid}`}, ${w.host}` : w.host ? w.host : 'every council checked';
  return `“${w.words}” in ${scope}`;
}

function Row({ w, onPause, onRemove, onEdit }: { w: Watch } & Omit<WatchListProps, 'watches'>) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <li data-scrutineer-watch-row={w.kind} data-paused={String(w.paused)}>
      {editing !== null && w.kind === 'subject' ? (
        <form
          class="watch-name"
          onSubmit={(e) => {
            e.preventDefault();
            onEdit(w, editing);
            setEditing(null);
          }}
        >
          <label class="visually-hidden" for={`edit-${w.id}`}>
            Words to watch
          </label>
          <input
            id={`edit-${w.id}`}
            value={editing}
            onInput={(e) => setEditing((e.currentTarget as HTMLInputElement).value)}
          />{' '}
          <button type="submit">Save</button>{' '}
          <button type="button" class="link" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      ) : (
        <span class={`watch-name${w.paused ? ' paused' : ''}`}>
          {describeWatch(w)}
          {w.paused ? ' (paused)' : ''}
        </span>
      )}
      {w.kind === 'subject' && editing === null && (
        <button type="button" onClick={() => setEditing(w.words)}>
          Edit
        </button>
      )}
      <button type="button" data-action="pause" onClick={() => onPause(w, !w.paused)}>
        {w.paused ? 'Resume' : 'Pause'}
      </button>
      <button type="button" data-action="remove" onClick={() => onRemove(w)}>
        Remove
      </button>
    </li>
  );
}

export function WatchList({ watches, ...actions }: WatchListProps) {
  if (!watches.length)
    return (
      <p class="hint">
        Nothing watched yet. Press “Watch” in the Scrutineer digest of a committee’s meeting page, or add a subject
        below.
      </p>
    );
  return (
    <ul class="watch-list">
      {watches.map((w) => (
        <Row key={w.id} w={w} {...actions} />
      ))}
    </ul>
  );
}
