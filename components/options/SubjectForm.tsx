// Add a subject: words (all must appear) or a "quoted phrase", anywhere read or limited to one
// council or committee already watched (so no new host access is needed).
import { useState } from 'preact/hooks';
import type { WatchInput } from '../../utils/watch/messages';
import type { CommitteeWatch, Watch } from '../../utils/watch/types';

export function SubjectForm({ watches, onAdd }: { watches: Watch[]; onAdd: (input: WatchInput) => Promise<boolean> }) {
  const [words, setWords] = useState('');
  const [scope, setScope] = useState('');
  const committees = watches.filter((w): w is CommitteeWatch => w.kind === 'committee');
  const hosts = [...new Map(committees.map((c) => [c.host, c])).values()];
  return (
    <form
      class="subject-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const [kind, id] = scope.split('|', 2) as [string, string | undefined];
        const c = committees.find((w) => (kind === 'host' ? w.host === id : w.id === scope.slice(kind.length + 1)));
        const input: WatchInput = {
          kind: 'subject',
          words,
          pageUrl: c ? c.base : null,
          cid: kind === 'committee' && c ? c.cid : null,
          committee: kind === 'committee' && c ? c.committee : null,
        };
        if (await onAdd(input)) setWords('');
      }}
    >
      <label class="row">
        Words or "phrase"
        <input
          data-scrutineer-subject-input=""
          required
          value={words}
          placeholder='libraries, "opening hours"'
          onInput={(e) => setWords((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label class="row">
        Where
        <select value={scope} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">Every council checked</option>
          {hosts.map((c) => (
            <option key={c.host} value={`host|${c.host}`}>
              Only {c.host}
            </option>
          ))}
          {committees.map((c) => (
            <option key={c.id} value={`committee|${c.id}`}>
              Only {c.committee ?? `committee ${c.cid}`} ({c.host})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" data-scrutineer-add-subject="">
        Watch this subject
      </button>
      <p class="hint">
        Subjects are looked for in the items of every meeting Scrutineer reads: the committees you watch, at each check,
        and the meeting pages you open or index on that council. Other committees are not searched.
      </p>
    </form>
  );
}
