// What the "New" list asks of the background, for the extension pages that show it (the popup
// and the tracker): components get this object and never send messages themselves.
import { sendMessage } from '../messages';
import type { NewEntry } from './types';

export interface NewEntriesApi {
  /** Entries not dismissed, newest first; null when the background could not answer. */
  list(): Promise<NewEntry[] | null>;
  /** Mark entries (all when `ids` is absent) seen, or dismiss them; an error message or null. */
  mark(ids?: string[], dismiss?: boolean): Promise<string | null>;
  /** Link a follow-up to the item that may deliver it (and mark it done); an error message or null. */
  link(entry: NewEntry, markDone: boolean): Promise<string | null>;
}

export const newEntriesApi: NewEntriesApi = {
  list: async () => {
    const r = await sendMessage('watch/list', {});
    return r.ok ? r.entries : null;
  },
  mark: async (ids, dismiss) => {
    const r = await sendMessage('watch/mark', { ids, dismiss });
    return r.ok ? null : r.error;
  },
  link: async (entry, markDone) => {
    if (!entry.followUpId || !entry.item) return 'Nothing to link';
    const r = await sendMessage('related/link-followup', { followUpId: entry.followUpId, item: entry.item, markDone });
    return r.ok ? null : r.error;
  },
};
