// The "New" list wired to the background: loads the entries, marks them seen once shown (the
// badge then drops them), and handles dismiss / link / link-and-mark-done. Used by the popup and
// the tracker page ("What's new"); the page passes the background in as `api`.
import { useEffect, useState } from 'preact/hooks';
import type { NewEntriesApi } from '../../utils/watch/entries-api';
import type { NewEntry } from '../../utils/watch/types';
import { NewList } from './NewList';

export interface NewSectionProps {
  heading: string;
  id: string;
  /** Shown when nothing is new (null: hide the section). */
  empty: string | null;
  onError: (message: string) => void;
  /** The background, through the page (components send no messages). */
  api: NewEntriesApi;
  /** The first batch, when the page already asked for it. */
  initial?: Promise<NewEntry[] | null>;
}

export function NewSection({ heading, id, empty, onError, initial, api }: NewSectionProps) {
  const [entries, setEntries] = useState<NewEntry[] | null>(null);
  useEffect(() => {
    const load = initial ?? api.list();
    void load.then((list) => {
      setEntries(list ?? []);
      if (list?.some((e) => !e.seen)) void api.mark();
    });
  }, []);
  const drop = (ids: string[]) => setEntries((list) => list?.filter((e) => !ids.includes(e.id)) ?? null);
  async function dismiss(ids?: string[]) {
    const error = await api.mark(ids, true);
    if (error) return onError(error);
    drop(ids ?? entries?.map((e) => e.id) ?? []);
  }
  async function link(e: NewEntry, markDone: boolean) {
    const error = await api.link(e, markDone);
    if (error) return onError(error);
    await dismiss([e.id]);
  }
  if (!entries || (!entries.length && empty === null)) return null;
  return (
    <section class="new-section" id={id} aria-labelledby={`${id}-h`} data-scrutineer-new-section="">
      <div class="new-head">
        <h2 id={`${id}-h`}>{heading}</h2>
        {entries.length > 1 && (
          <button type="button" class="link" onClick={() => dismiss()}>
            Clear all
          </button>
        )}
      </div>
      {entries.length ? (
        <NewList entries={entries} onDismiss={(e) => dismiss([e.id])} onLink={link} />
      ) : (
        <p class="empty">{empty}</p>
      )}
    </section>
  );
}
