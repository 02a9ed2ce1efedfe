// "Possibly delivered" offers as the follow-up rows show them: the New entries that may deliver a
// tracked promise, grouped by the follow-up. Pure.
import type { NewEntry } from './types';

/** Follow-up id → its offers (not dismissed), newest first as given. */
export function offersByFollowUp(entries: NewEntry[]): Map<string, NewEntry[]> {
  const out = new Map<string, NewEntry[]>();
  for (const e of entries) {
    if (e.reason !== 'followup' || !e.followUpId || !e.item || e.dismissed) continue;
    out.set(e.followUpId, [...(out.get(e.followUpId) ?? []), e]);
  }
  return out;
}
