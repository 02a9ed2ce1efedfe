// The "New" entries of a page (popup, tracker), held once so every place that shows one of them
// (the New / What's new list, a follow-up's own row) answers from the same data: linking or
// dismissing in one place clears it in both. Loads once, marks what it shows as seen (the badge
// then drops them) and tells the page when a follow-up was linked so it can reload its rows.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NewEntriesApi } from '../../utils/watch/entries-api';
import { offersByFollowUp } from '../../utils/watch/offers';
import type { NewEntry } from '../../utils/watch/types';

export interface NewEntriesModel {
  /** Null while loading. */
  entries: NewEntry[] | null;
  /** "Possibly delivered" offers per follow-up id. */
  offers: Map<string, NewEntry[]>;
  dismiss(ids?: string[]): Promise<void>;
  link(entry: NewEntry, markDone: boolean): Promise<void>;
}

export function useNewEntries(
  api: NewEntriesApi,
  options: {
    onError: (message: string) => void;
    /** A follow-up was linked (and maybe marked done): the page reloads its rows. */
    onLinked?: (followUpId: string) => void;
    /** The first batch, when the page already asked for it. */
    initial?: Promise<NewEntry[] | null>;
  },
): NewEntriesModel {
  const [entries, setEntries] = useState<NewEntry[] | null>(null);
  useEffect(() => {
    void (options.initial ?? api.list()).then((list) => {
      setEntries(list ?? []);
      if (list?.some((e) => !e.seen)) void api.mark();
    });
  }, []);
  const offers = useMemo(() => offersByFollowUp(entries ?? []), [entries]);
  const drop = (ids: string[]) => setEntries((list) => list?.filter((e) => !ids.includes(e.id)) ?? null);
  async function dismiss(ids?: string[]) {
    const error = await api.mark(ids, true);
    if (error) return options.onError(error);
    drop(ids ?? entries?.map((e) => e.id) ?? []);
  }
  async function link(e: NewEntry, markDone: boolean) {
    const error = await api.link(e, markDone);
    if (error) return options.onError(error);
    // Answered: this offer, and any other offer of the same item for the same follow-up, go.
    await dismiss(
      (entries ?? [])
        .filter((x) => x.id === e.id || (x.followUpId === e.followUpId && x.href === e.href))
        .map((x) => x.id),
    );
    if (e.followUpId) options.onLinked?.(e.followUpId);
  }
  return { entries, offers, dismiss, link };
}
