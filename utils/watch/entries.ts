// What a newly read meeting means for the user: one entry for a watched committee's new agenda or
// minutes, one per item matching a watched subject, and one per item that may deliver a tracked
// promise (the close-the-loop matcher that runs on viewed pages, run here on checked ones). Pure.
import { isRoutineTitle } from '../extract';
import type { FollowUpMatch } from '../related/types';
import { itemHref } from '../related/records';
import { formatDate } from '../related/text';
import type { AgendaItem, ParsedPage } from '../types';
import { matchesSubject, parseSubject } from './subject-match';
import type { CommitteeWatch, NewEntry, SubjectWatch } from './types';

/** Item text searched for subjects: title, decision and the opening of the item (report summaries live there). */
const SUBJECT_TEXT = 1500;

export interface EntryInput {
  page: ParsedPage;
  /** Which items are new (all, for a new meeting). */
  newItems: number[];
  /** True for a meeting not seen before; false when a known meeting gained items or minutes. */
  newMeeting: boolean;
  committeeWatch: CommitteeWatch | undefined;
  subjects: SubjectWatch[];
  /** Follow-up matches per item index (from matchFollowUps). */
  followUps: Record<number, FollowUpMatch[]>;
  now: Date;
}

const when = (page: ParsedPage) =>
  [page.meeting.committee, page.meeting.meetingDate ? formatDate(page.meeting.meetingDate) : null]
    .filter(Boolean)
    .join(', ');

function itemKey(page: ParsedPage, item: AgendaItem, i: number): string {
  return item.agendaItemId ? `${page.host}|ai|${item.agendaItemId}` : `${page.pageKey}#${i}`;
}

export function entriesForMeeting(input: EntryInput): NewEntry[] {
  const { page, committeeWatch, now } = input;
  const m = page.meeting;
  const base = {
    host: page.host,
    committee: m.committee,
    meetingDate: m.meetingDate,
    foundAt: now.toISOString(),
    seen: false,
    dismissed: false,
  };
  const out: NewEntry[] = [];
  const kind = m.status === 'cancelled' ? 'Cancelled' : m.kind === 'minutes' ? 'Minutes' : 'Agenda';
  if (committeeWatch && (input.newMeeting || input.newItems.length || m.kind === 'minutes')) {
    const items = input.newItems.filter((i) => !m.items[i]?.routine).length;
    out.push({
      ...base,
      id: `committee|${page.pageKey}|${kind}|${input.newMeeting ? 'new' : input.newItems.length}`,
      reason: 'committee',
      href: page.url,
      title: `${kind}: ${when(page) || 'meeting'}`,
      why: input.newMeeting
        ? `New meeting of a watched committee${items ? ` (${items} item${items === 1 ? '' : 's'})` : ''}`
        : `${input.newItems.length} new item${input.newItems.length === 1 ? '' : 's'} on a watched committee's meeting`,
      watchId: committeeWatch.id,
    });
  }
  const queries = input.subjects.map((s) => ({ watch: s, query: parseSubject(s.words) }));
  for (const i of input.newItems) {
    const item = m.items[i];
    if (!item || item.routine || isRoutineTitle(item.title)) continue;
    const href = itemHref(page.url, item);
    const text = `${item.title}\n${item.resolution?.text ?? ''}\n${item.text.slice(0, SUBJECT_TEXT)}`;
    for (const { watch, query } of queries) {
      if (!matchesSubject(query, text)) continue;
      out.push({
        ...base,
        id: `subject|${watch.id}|${itemKey(page, item, i)}`,
        reason: 'subject',
        href,
        title: item.title,
        why: `Matches “${watch.words}” · ${when(page)}`,
        watchId: watch.id,
      });
    }
    for (const match of input.followUps[i] ?? []) {
      const f = match.followUp;
      out.push({
        ...base,
        id: `followup|${f.id}|${itemKey(page, item, i)}`,
        reason: 'followup',
        href,
        title: f.text,
        why: `Possibly delivered: ${item.title}, ${m.meetingDate ? formatDate(m.meetingDate) : 'date not given'}`,
        detail: match.why,
        watchId: null,
        followUpId: f.id,
        followUpText: f.text,
        item: { url: href, title: item.title, meetingDate: m.meetingDate },
      });
    }
  }
  return out;
}
