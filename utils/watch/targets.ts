// Which committee lists a check reads: every active committee watch, and every active subject
// watch limited to one committee. Subjects not limited to a committee are matched against what
// those lists bring in. Pure.
import type { CommitteeWatch, SubjectWatch, Watch } from './types';

export interface CheckTarget {
  /** `host|cid` (the ListState key). */
  key: string;
  origin: string;
  host: string;
  base: string;
  cid: string;
  committee: string | null;
}

export const listKey = (host: string, cid: string) => `${host.toLowerCase()}|${cid.toLowerCase()}`;

export function committeeWatchId(host: string, cid: string): string {
  return `committee|${listKey(host, cid)}`;
}

/** The distinct committees to check, grouped by council host (requests to one host go one at a time). */
export function checkTargets(watches: Watch[]): Map<string, CheckTarget[]> {
  const byKey = new Map<string, CheckTarget>();
  for (const w of watches) {
    if (w.paused || !w.origin || !w.host || !w.base || !w.cid) continue;
    const key = listKey(w.host, w.cid);
    const known = byKey.get(key);
    if (!known || (!known.committee && w.committee))
      byKey.set(key, {
        key,
        origin: w.origin,
        host: w.host.toLowerCase(),
        base: w.base,
        cid: w.cid,
        committee: w.committee,
      });
  }
  const byHost = new Map<string, CheckTarget[]>();
  for (const t of byKey.values()) byHost.set(t.host, [...(byHost.get(t.host) ?? []), t]);
  return byHost;
}

/** Active subject watches that apply to a meeting of this committee. */
export function subjectsFor(watches: Watch[], host: string, cid: string | null): SubjectWatch[] {
  return watches.filter(
    (w): w is SubjectWatch =>
      w.kind === 'subject' &&
      !w.paused &&
      (!w.host || w.host === host) &&
      (!w.cid || (cid !== null && w.cid.toLowerCase() === cid.toLowerCase())),
  );
}

export function committeeWatchFor(watches: Watch[], host: string, cid: string): CommitteeWatch | undefined {
  return watches.find(
    (w): w is CommitteeWatch => w.kind === 'committee' && !w.paused && w.id === committeeWatchId(host, cid),
  );
}

/** Origins some watch (paused or not) still needs host access to. */
export function originsInUse(watches: Watch[]): Set<string> {
  return new Set(watches.flatMap((w) => (w.origin ? [w.origin] : [])));
}
