// A reference in an item's text ("the minute of its previous meeting of 3 May 2023", "article 5
// of the minute of …", "in relation to item 5 (Review of …)", "Min. 45/23 refers") resolved to a
// place: the committee's meeting on that date, and the item there when a number or title says
// which. Pure over the in-memory index; when the index cannot answer and the committee's meetings
// list has not been read for that span, it says which list to read (one request, never repeated:
// the listing's key is remembered whatever it found). Used by the ranking and the follow-up match.
import type { Reference } from '../types';
import { namesTitle } from './phrases';
import type { ItemMeta, SearchIndex } from './search-index';
import { contentTerms, formatDate, normaliseCommittee, normaliseNumber, sameCommittee } from './text';
import type { IndexedIssue, IndexedMeeting, ListingCoverage } from './types';

/** The in-memory state a query reads (RelatedIndex satisfies it). */
export interface IndexView {
  search: SearchIndex;
  meetings: Map<string, IndexedMeeting>;
  issues: Map<string, IndexedIssue>;
  /** `host|cid` → spans of the committee's meetings lists read so far. */
  coverage?: Map<string, ListingCoverage[]>;
}

/** The reference shape of the extraction engine (`title`: a quoted item title, when given). */
export type ReferenceInput = Pick<Reference, 'text' | 'meetingDate' | 'committee' | 'minute'> & {
  title?: string | null;
};

/** Where the referring page stands. */
export interface RefContext {
  host: string;
  meetingKey: string | null;
  date: string | null;
  cid: string | null;
  committeeNorm: string;
}

export interface ResolvedReference {
  meeting: IndexedMeeting;
  /** The item referred to, when the meeting is indexed and a number or title picks it. */
  item: ItemMeta | null;
  /** How the item is named when it is not known ("Item 5 “Review of …”"), else null. */
  itemLabel: string | null;
  why: string;
}

/** A committee meetings list to read: the meetings before `to` (inclusive). */
export interface ListingWanted {
  key: string;
  cid: string;
  to: string;
}

export type Resolution = { resolved: ResolvedReference } | { listing: ListingWanted } | null;

const PREVIOUS = /\b(?:previous|last|preceding|prior)\s+(?:[a-z'’]+\s+){0,3}?meeting\b(?!s)/i;

/** "The previous meeting" with no date: the committee's meeting before this one. */
export function isPreviousMeeting(ref: ReferenceInput): boolean {
  return !ref.meetingDate && PREVIOUS.test(ref.text);
}

/** ISO date one day earlier. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Minute numbers compare with or without a year suffix ("45/23" = "45" at a 2023 meeting). */
export function sameNumber(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normaliseNumber(a);
  const y = normaliseNumber(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const bare = (n: string) => n.replace(/\s*\/\s*\d{2,4}$/, '');
  return x.includes('/') !== y.includes('/') && bare(x) === bare(y);
}

interface Target {
  cid: string | null;
  norm: string;
}

function ofCommittee(m: IndexedMeeting, t: Target): boolean {
  if (t.cid && m.cid) return m.cid === t.cid;
  return sameCommittee(m.committeeNorm, t.norm);
}

/** The committee a reference points at: this one, or another named one (its CId from the index). */
function targetOf(view: IndexView, ref: ReferenceInput, ctx: RefContext): Target {
  const named = normaliseCommittee(ref.committee);
  if (!named || !ctx.committeeNorm || sameCommittee(named, ctx.committeeNorm))
    return { cid: ctx.cid, norm: ctx.committeeNorm || named };
  for (const m of view.meetings.values()) {
    if (m.host === ctx.host && m.cid && sameCommittee(m.committeeNorm, named)) return { cid: m.cid, norm: named };
  }
  return { cid: null, norm: named };
}

function covered(view: IndexView, host: string, cid: string | null, from: string, to: string): boolean {
  if (!cid) return false;
  return (view.coverage?.get(`${host}|${cid}`) ?? []).some((c) => !!c.from && c.from <= from && c.to >= to);
}

function listingRead(view: IndexView, host: string, cid: string, key: string): boolean {
  return (view.coverage?.get(`${host}|${cid}`) ?? []).some((c) => c.key === key);
}

function wantListing(view: IndexView, host: string, cid: string | null, to: string): Resolution {
  if (!cid) return null;
  const key = `${host}|${cid}|earlier|${to}`;
  return listingRead(view, host, cid, key) ? null : { listing: { key, cid, to } };
}

function itemsOf(view: IndexView, meetingKey: string): ItemMeta[] {
  return [...(view.search.byMeeting.get(meetingKey) ?? [])].map((k) => view.search.meta.get(k)!).filter(Boolean);
}

/** The item a reference names at a meeting: by quoted title first (numbering schemes differ), then number. */
function pickItem(view: IndexView, meeting: IndexedMeeting, ref: ReferenceInput): ItemMeta | null {
  if (meeting.stub || (!ref.minute && !ref.title)) return null;
  const items = itemsOf(view, meeting.key);
  if (ref.title) {
    const terms = contentTerms(ref.title);
    const byTitle = items.find((i) => namesTitle(terms, i.title));
    if (byTitle) return byTitle;
  }
  return ref.minute ? (items.find((i) => sameNumber(i.number, ref.minute)) ?? null) : null;
}

function describe(ref: ReferenceInput, meeting: IndexedMeeting, previous: boolean): string {
  const date = formatDate(meeting.meetingDate);
  const what = ref.minute ? `item ${ref.minute} of ` : ref.title ? `“${ref.title}” at ` : '';
  if (previous) return `refers to ${what}the previous meeting (${date})`;
  return `refers to ${what}the ${/\bminute|\bmin\b/i.test(ref.text) ? 'minute' : 'meeting'} of ${date}`;
}

function resolvedAt(view: IndexView, meeting: IndexedMeeting, ref: ReferenceInput, previous: boolean): Resolution {
  const item = pickItem(view, meeting, ref);
  const named = [ref.minute ? `Item ${ref.minute}` : null, ref.title ? `“${ref.title}”` : null]
    .filter(Boolean)
    .join(' ');
  return {
    resolved: { meeting, item, itemLabel: item || !named ? null : named, why: describe(ref, meeting, previous) },
  };
}

/** Meetings of the committee on `date`, fully indexed ones first. */
function meetingOn(view: IndexView, ctx: RefContext, target: Target, date: string): IndexedMeeting | null {
  let best: IndexedMeeting | null = null;
  const sameDay: IndexedMeeting[] = [];
  for (const m of view.meetings.values()) {
    if (m.host !== ctx.host || m.meetingDate !== date || m.key === ctx.meetingKey) continue;
    sameDay.push(m);
    if (ofCommittee(m, target) && (!best || (best.stub && !m.stub))) best = m;
  }
  // Knowing nothing of the committee, only a meeting alone on its day is safe to link.
  if (!best && !target.cid && !target.norm && sameDay.length === 1) best = sameDay[0];
  return best;
}

/** A dated reference, or "the previous meeting", resolved (or the listing that would resolve it). */
export function resolveReference(view: IndexView, ref: ReferenceInput, ctx: RefContext): Resolution {
  const target = targetOf(view, ref, ctx);
  if (ref.meetingDate) {
    if (ctx.date && ref.meetingDate >= ctx.date) return null; // never a later (or this) meeting
    const meeting = meetingOn(view, ctx, target, ref.meetingDate);
    if (meeting) return resolvedAt(view, meeting, ref, false);
    if (covered(view, ctx.host, target.cid, ref.meetingDate, ref.meetingDate)) return null;
    return wantListing(view, ctx.host, target.cid, ref.meetingDate);
  }
  if (isPreviousMeeting(ref) && ctx.date) {
    let latest: IndexedMeeting | null = null;
    for (const m of view.meetings.values()) {
      if (
        m.host !== ctx.host ||
        !m.meetingDate ||
        m.meetingDate >= ctx.date ||
        m.status === 'cancelled' ||
        !ofCommittee(m, target)
      )
        continue;
      if (!latest || m.meetingDate > latest.meetingDate!) latest = m;
    }
    const before = dayBefore(ctx.date);
    // Only a listing proves no meeting fell between the latest one we know and this one.
    if (latest && covered(view, ctx.host, target.cid, latest.meetingDate!, before))
      return resolvedAt(view, latest, ref, true);
    return wantListing(view, ctx.host, target.cid, before);
  }
  return null;
}
