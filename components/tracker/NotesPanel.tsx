import { useState } from 'preact/hooks';
import { humanTimestamp } from '../../utils/export/format';
import type { FollowUp } from '../../utils/types';

interface Props {
  followUp: FollowUp;
  colSpan: number;
  onAdd: (id: string, text: string) => void;
  onRemove: (id: string, at: string) => void;
}

/** The dated notes log of one follow-up, shown as an extra table row under it. */
export function NotesPanel({ followUp: f, colSpan, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (!draft.trim()) return;
    onAdd(f.id, draft);
    setDraft('');
  };
  return (
    <tr class="notes-row" id={`notes-${f.id}`}>
      <td colSpan={colSpan}>
        <div class="notes">
          {f.notes.length === 0 && <p class="muted">No notes yet.</p>}
          <ol class="log">
            {f.notes.map((n) => (
              <li key={n.at}>
                <time dateTime={n.at}>{humanTimestamp(n.at)}</time> — {n.text}{' '}
                <button
                  type="button"
                  class="link"
                  aria-label={`Remove note of ${humanTimestamp(n.at)}`}
                  onClick={() => onRemove(f.id, n.at)}
                >
                  remove
                </button>
              </li>
            ))}
          </ol>
          <form onSubmit={submit} class="note-form">
            <label for={`note-${f.id}`}>Add a dated note (action taken, reply received…)</label>
            <textarea
              id={`note-${f.id}`}
              rows={2}
              value={draft}
              onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
            />
            <button type="submit" class="primary">
              Add note
            </button>
          </form>
        </div>
      </td>
    </tr>
  );
}
