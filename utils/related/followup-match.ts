// Closing the loop: is an item on a newly viewed agenda the update an open follow-up promised?
// Three signals, strongest first: the same ModernGov issue, a reference to the meeting where the
// promise was made, or a strongly similar title. Routine items never match (every "Minutes of
// the previous meeting" item refers to the promising meeting).
import { isRoutineTitle } from '../extract';
import { isMeetingKey, itemKey } from '../moderngov/keys';
import type { FollowUp, ParsedPage } from '../types';
import type { FollowUpMatch } from './types';
import { meetingKeyOf } from './records';
import type { IndexView } from './rank';
import { contentTerms, formatDate, normaliseCommittee, sameCommittee, termOverlap } from './text';

const CLOSED = new Set(['Done', 'Dropped']);
const TITLE_MATCH_MIN = 0.5;

/** The issue id of the item a follow-up was made on, when the index knows that item. */
function sourceIssueId(view: IndexView, f: FollowUp): string | null {
  if (f.source.agendaItemId) {
    const meta = view.search.meta.get(itemKey(f.source.host, f.source.agendaItemId));
    if (meta?.issueId) return meta.issueId;
  }
  const meetingKey = isMeetingKey(f.source.pageKey) ? f.source.pageKey : null;
  if (!meetingKey) return null;
  for (const key of view.search.byMeeting.get(meetingKey) ?? []) {
    const meta = view.search.meta.get(key)!;
    if (meta.title === f.source.itemTitle && meta.issueId) return meta.issueId;
  }
  return null;
}

/** Share of `a`'s content words found in `b` (how much of the promise the new title covers). */
function containment(a: string, b: string): number {
  const x = new Set(contentTerms(a));
  const y = new Set(contentTerms(b));
  if (x.size < 2) return 0;
  let hit = 0;
  for (const t of x) if (y.has(t)) hit += 1;
  return hit / x.size;
}

/** Open follow-ups each item of the page may answer (key: item index). */
export function matchFollowUps(view: IndexView, page: ParsedPage, followUps: FollowUp[]): Record<number, FollowUpMatch[]> {
  const host = new URL(page.url).host.toLowerCase();
  const date = page.meeting.meetingDate;
  const meetingKey = meetingKeyOf(page);
  const committeeNorm = normaliseCommittee(page.meeting.committee);
  const open = followUps.filter(
    (f) =>
      !CLOSED.has(f.status) &&
      !f.resolvedBy &&
      f.source.host.toLowerCase() === host &&
      f.source.pageKey !== meetingKey &&
      (!date || !f.source.meetingDate || f.source.meetingDate < date),
  );
  const out: Record<number, FollowUpMatch[]> = {};
  if (!open.length) return out;
  const issues = new Map(open.map((f) => [f.id, sourceIssueId(view, f)]));
  page.meeting.items.forEach((item, index) => {
    if (item.routine || isRoutineTitle(item.title)) return;
    const matches: FollowUpMatch[] = [];
    for (const f of open) {
      const where = [f.source.committee, f.source.meetingDate ? formatDate(f.source.meetingDate) : null].filter(Boolean).join(', ');
      const iid = issues.get(f.id);
      if (iid && item.issueId?.toLowerCase() === iid) {
        matches.push({ followUp: f, why: `Same issue as the item tracked at ${where}` });
        continue;
      }
      const fCommittee = normaliseCommittee(f.source.committee);
      const refersBack = item.references.some(
        (r) =>
          !!r.meetingDate &&
          r.meetingDate === f.source.meetingDate &&
          (r.committee ? sameCommittee(normaliseCommittee(r.committee), fCommittee) : !fCommittee || sameCommittee(fCommittee, committeeNorm)),
      );
      if (refersBack) {
        matches.push({ followUp: f, why: `Refers to the meeting of ${formatDate(f.source.meetingDate)} where this was promised` });
        continue;
      }
      const titleSim = Math.max(termOverlap(item.title, f.source.itemTitle), containment(f.source.itemTitle, item.title) >= 0.75 ? 1 : 0);
      if (titleSim >= TITLE_MATCH_MIN) matches.push({ followUp: f, why: `Similar to the item tracked at ${where}` });
    }
    if (matches.length) out[index] = matches;
  });
  return out;
}
