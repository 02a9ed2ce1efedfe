// Related earlier items for each item of a page, ranked by reason: the same ModernGov issue
// (strongest), a reference resolved to an earlier meeting, then similar items at earlier
// meetings of the same council. Pure over the in-memory index, so a query never waits on
// IndexedDB (see the bench: p95 over 50,000 items).
import { isRoutineTitle } from '../extract';
import { issueKey } from '../moderngov/keys';
import type { AgendaItem, ParsedPage, Reference } from '../types';
import type { RelatedLink } from './types';
import { itemKeyOf, meetingKeyOf } from './records';
import type { ItemMeta, SearchIndex } from './search-index';
import { formatDate, keyTerms, normaliseCommittee, normaliseNumber, sameCommittee, termOverlap } from './text';
import type { IndexedIssue, IndexedMeeting } from './types';

/** The in-memory state a query reads (RelatedIndex satisfies it). */
export interface IndexView {
  search: SearchIndex;
  meetings: Map<string, IndexedMeeting>;
  issues: Map<string, IndexedIssue>;
}

export const MAX_LINKS = 8;
const MAX_SIMILAR = 3;
/** A MiniSearch score above which text alone (without a shared title word) counts as similar. */
const TEXT_SCORE_MIN = 14;
const TITLE_OVERLAP_MIN = 0.2;

interface Context {
  host: string;
  meetingKey: string | null;
  date: string | null;
  committeeNorm: string;
}

const isEarlier = (date: string | null, ctx: Context) => !!date && !!ctx.date && date < ctx.date;
const label = (committee: string | null, date: string | null) => [committee, date ? formatDate(date) : null].filter(Boolean).join(', ');

function linkFromMeta(meta: ItemMeta, reason: RelatedLink['reason'], why: string, score: number): RelatedLink {
  return { reason, href: meta.href, title: meta.title, meetingDate: meta.meetingDate, committee: meta.committee, why, decision: meta.decision, score };
}

function issueLinks(view: IndexView, item: AgendaItem, ctx: Context): RelatedLink[] {
  const iid = item.issueId?.toLowerCase();
  if (!iid) return [];
  const links: RelatedLink[] = [];
  const seenDates = new Set<string>();
  for (const key of view.search.byIssue.get(issueKey(ctx.host, iid)) ?? []) {
    const meta = view.search.meta.get(key)!;
    if (meta.meetingKey === ctx.meetingKey || (ctx.date && meta.meetingDate && meta.meetingDate >= ctx.date)) continue;
    seenDates.add(`${meta.meetingDate}|${meta.committeeNorm}`);
    links.push(linkFromMeta(meta, 'issue', `Same issue, at ${label(meta.committee, meta.meetingDate)}`, 3));
  }
  for (const entry of view.issues.get(issueKey(ctx.host, iid))?.entries ?? []) {
    if (!entry.meetingDate || (ctx.date && entry.meetingDate >= ctx.date)) continue;
    if (seenDates.has(`${entry.meetingDate}|${normaliseCommittee(entry.committee)}`)) continue;
    links.push({
      reason: 'issue',
      href: entry.href,
      title: entry.title,
      meetingDate: entry.meetingDate,
      committee: entry.committee,
      why: `Issue history: ${label(entry.committee, entry.meetingDate)}`,
      decision: entry.decision,
      score: 3,
    });
  }
  return links;
}

/** Earlier meetings of this council on a date, best committee match first. */
function meetingsOn(view: IndexView, date: string, committee: string, ctx: Context): IndexedMeeting[] {
  const found: Array<[IndexedMeeting, number]> = [];
  for (const m of view.meetings.values()) {
    if (m.host !== ctx.host || m.meetingDate !== date || m.key === ctx.meetingKey) continue;
    const rank = sameCommittee(m.committeeNorm, committee) ? 2 : 0;
    found.push([m, rank]);
  }
  found.sort((a, b) => b[1] - a[1] || Number(a[0].stub) - Number(b[0].stub));
  return found.map(([m]) => m);
}

function itemsOf(view: IndexView, meetingKey: string): ItemMeta[] {
  return [...(view.search.byMeeting.get(meetingKey) ?? [])].map((k) => view.search.meta.get(k)!).filter(Boolean);
}

function referenceLink(view: IndexView, item: AgendaItem, ref: Reference, ctx: Context): RelatedLink | null {
  const refCommittee = normaliseCommittee(ref.committee) || ctx.committeeNorm;
  if (ref.meetingDate && ref.meetingDate !== ctx.date) {
    const candidates = meetingsOn(view, ref.meetingDate, refCommittee, ctx);
    const meeting = candidates.find((m) => sameCommittee(m.committeeNorm, refCommittee)) ?? (ref.committee ? null : candidates[0]);
    if (!meeting) return null;
    const why = `${ref.kind === 'minutes-of-meeting' ? 'Minutes' : 'Meeting'} of ${formatDate(ref.meetingDate)} referred to`;
    const items = itemsOf(view, meeting.key);
    const minute = normaliseNumber(ref.minute);
    let target = minute ? items.find((m) => normaliseNumber(m.number) === minute) : undefined;
    if (!target && !(item.routine || isRoutineTitle(item.title))) {
      let best = 0.1;
      for (const m of items) {
        if (m.routine) continue;
        const overlap = termOverlap(`${item.title}`, m.title);
        if (overlap > best) [best, target] = [overlap, m];
      }
    }
    if (target) return linkFromMeta(target, 'reference', why, 2);
    return {
      reason: 'reference',
      href: meeting.url,
      title: label(meeting.committee, meeting.meetingDate) || 'Earlier meeting',
      meetingDate: meeting.meetingDate,
      committee: meeting.committee,
      why,
      decision: null,
      score: 2,
    };
  }
  if (ref.kind === 'minute-number' && ref.minute) {
    const minute = normaliseNumber(ref.minute);
    let best: ItemMeta | null = null;
    for (const m of view.meetings.values()) {
      if (m.host !== ctx.host || m.stub || !isEarlier(m.meetingDate, ctx) || !sameCommittee(m.committeeNorm, refCommittee)) continue;
      if (best && best.meetingDate! >= m.meetingDate!) continue;
      best = itemsOf(view, m.key).find((i) => normaliseNumber(i.number) === minute) ?? best;
    }
    return best ? linkFromMeta(best, 'reference', `Minute ${ref.minute} referred to`, 2) : null;
  }
  return null;
}

function similarLinks(view: IndexView, item: AgendaItem, ctx: Context, selfKey: string): RelatedLink[] {
  if (item.routine || isRoutineTitle(item.title) || !ctx.date) return [];
  const body = item.resolution?.text ?? item.recommendation?.text ?? item.text;
  const titleTerms = view.search.rarest(keyTerms(item.title, 10), 4);
  const terms = [...new Set([...titleTerms, ...view.search.rarest(keyTerms(body, 30), 6 - titleTerms.length)])];
  if (!terms.length) return [];
  const hits = view.search.search(
    terms.join(' '),
    (m) => m.host === ctx.host && !m.routine && m.key !== selfKey && m.meetingKey !== ctx.meetingKey && isEarlier(m.meetingDate, ctx),
    20,
  );
  const links: RelatedLink[] = [];
  for (const { meta, score } of hits) {
    const overlap = termOverlap(item.title, meta.title);
    if (overlap < TITLE_OVERLAP_MIN && score < TEXT_SCORE_MIN) continue;
    links.push(linkFromMeta(meta, 'similar', overlap >= TITLE_OVERLAP_MIN ? 'Similar title' : 'Similar text', 1 + Math.min(overlap, 0.99)));
    if (links.length >= MAX_SIMILAR) break;
  }
  return links;
}

/** Related links for each item of a page (key: the item's index in `page.meeting.items`). */
export function relatedForPage(view: IndexView, page: ParsedPage): Record<number, RelatedLink[]> {
  const host = new URL(page.url).host.toLowerCase();
  const meetingKey = meetingKeyOf(page);
  const ctx: Context = { host, meetingKey, date: page.meeting.meetingDate, committeeNorm: normaliseCommittee(page.meeting.committee) };
  const out: Record<number, RelatedLink[]> = {};
  page.meeting.items.forEach((item, index) => {
    const selfKey = itemKeyOf(host, meetingKey ?? '', item, index);
    const all = [
      ...issueLinks(view, item, ctx),
      ...item.references.map((r) => referenceLink(view, item, r, ctx)).filter((l): l is RelatedLink => !!l),
      ...similarLinks(view, item, ctx, selfKey),
    ];
    const seen = new Set<string>();
    const links = all
      .filter((l) => !seen.has(l.href) && !!seen.add(l.href))
      .sort((a, b) => b.score - a.score || (b.meetingDate ?? '').localeCompare(a.meetingDate ?? ''))
      .slice(0, MAX_LINKS);
    if (links.length) out[index] = links;
  });
  return out;
}
