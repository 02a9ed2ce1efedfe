// Closing the loop: is an item on a newly viewed agenda the update an open follow-up promised?
// Signals, strongest first: the same ModernGov issue; a reference resolved (as the related links
// resolve it, resolve-reference.ts) to the tracked item, or to the meeting where the promise was
// made; the text naming the tracked item's title; a strongly similar title. Routine items match
// only by a reference to the tracked item itself (every "Minutes of the previous meeting" item
// refers to the promising meeting).
import { isRoutineTitle } from '../extract';
import { isMeetingKey, itemKey } from '../moderngov/keys';
import type { AgendaItem, FollowUp, ParsedPage } from '../types';
import { containsTitle, isDistinctive, namedPhrases, namesTitle, termLine } from './phrases';
import type { FollowUpMatch } from './types';
import { meetingKeyOf } from './records';
import {
  resolveReference,
  sameNumber,
  type IndexView,
  type ReferenceInput,
  type RefContext,
} from './resolve-reference';
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

/**
 * Why `item` refers back to the follow-up's item, or null: a reference resolved to that item (or
 * to its meeting without naming another item there), or the text naming its title.
 */
function refersBack(view: IndexView, item: AgendaItem, f: FollowUp, ctx: RefContext, itemOnly: boolean): string | null {
  const where = formatDate(f.source.meetingDate);
  const tracked = f.source.agendaItemId ? itemKey(ctx.host, f.source.agendaItemId) : null;
  const fCommittee = normaliseCommittee(f.source.committee);
  // `title`: the quoted item title the extraction engine adds to a reference (when it gives one).
  for (const ref of item.references as ReferenceInput[]) {
    const r = resolveReference(view, ref, ctx);
    if (r && 'resolved' in r) {
      const { meeting, item: target } = r.resolved;
      if (meeting.key !== f.source.pageKey) continue;
      if (target) {
        if (target.key === tracked || target.title === f.source.itemTitle)
          return `Refers back to the tracked item (${r.resolved.why})`;
        continue; // another item of that meeting
      }
      if (itemOnly) continue;
      const namesOther =
        (ref.title && !namesTitle(contentTerms(ref.title), f.source.itemTitle)) ||
        (ref.minute && f.source.itemNumber && !sameNumber(ref.minute, f.source.itemNumber));
      if (!namesOther) return `Refers to the meeting of ${where} where this was promised`;
      continue;
    }
    // The promising meeting is not in the index (tracked, then cleared): compare dates.
    if (itemOnly) continue;
    const sameMeeting =
      !!ref.meetingDate &&
      ref.meetingDate === f.source.meetingDate &&
      (ref.committee
        ? sameCommittee(normaliseCommittee(ref.committee), fCommittee)
        : !fCommittee || sameCommittee(fCommittee, ctx.committeeNorm));
    if (sameMeeting && !ref.minute && !ref.title) return `Refers to the meeting of ${where} where this was promised`;
  }
  if (!itemOnly && isDistinctive(f.source.itemTitle)) {
    const terms = contentTerms(f.source.itemTitle);
    const named =
      namedPhrases(item.text).some((p) => namesTitle(p.terms, f.source.itemTitle) || namesTitle(terms, p.text)) ||
      containsTitle(termLine(item.text), f.source.itemTitle);
    if (named) return `Names the item tracked at ${where}: ‘${f.source.itemTitle}’`;
  }
  return null;
}

/** Open follow-ups each item of the page may answer (key: item index). */
export function matchFollowUps(
  view: IndexView,
  page: ParsedPage,
  followUps: FollowUp[],
): Record<number, FollowUpMatch[]> {
  const host = new URL(page.url).host.toLowerCase();
  const date = page.meeting.meetingDate;
  const meetingKey = meetingKeyOf(page);
  const committeeNorm = normaliseCommittee(page.meeting.committee);
  const ctx: RefContext = { host, meetingKey, date, cid: page.ids.cid?.toLowerCase() ?? null, committeeNorm };
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
    // A routine item (the previous minutes) answers a promise only by a reference to the promised
    // item itself ("in relation to item 4 (<title>), to note that …"), never by its date alone.
    const routine = item.routine || isRoutineTitle(item.title);
    const matches: FollowUpMatch[] = [];
    for (const f of open) {
      if (routine) {
        const back = refersBack(view, item, f, ctx, true);
        if (back) matches.push({ followUp: f, why: back });
        continue;
      }
      const where = [f.source.committee, f.source.meetingDate ? formatDate(f.source.meetingDate) : null]
        .filter(Boolean)
        .join(', ');
      const iid = issues.get(f.id);
      if (iid && item.issueId?.toLowerCase() === iid) {
        matches.push({ followUp: f, why: `Same issue as the item tracked at ${where}` });
        continue;
      }
      const back = refersBack(view, item, f, ctx, false);
      if (back) {
        matches.push({ followUp: f, why: back });
        continue;
      }
      const titleSim = Math.max(
        termOverlap(item.title, f.source.itemTitle),
        containment(f.source.itemTitle, item.title) >= 0.75 ? 1 : 0,
      );
      if (titleSim >= TITLE_MATCH_MIN) matches.push({ followUp: f, why: `Similar to the item tracked at ${where}` });
    }
    if (matches.length) out[index] = matches;
  });
  return out;
}
