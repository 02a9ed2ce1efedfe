// Related earlier items for each item of a page, ranked by reason: the same ModernGov issue
// (strongest), a reference resolved to an earlier meeting or item (resolve-reference.ts), then the
// same matter named or echoed at earlier meetings of the same council (similar). Pure over the
// in-memory index, so a query never waits on IndexedDB (see the bench: p95 over 50,000 items).
import { issueKey } from '../moderngov/keys';
import type { AgendaItem, ParsedPage, Reference } from '../types';
import {
  containsTitle,
  isDistinctive,
  isStandingTitle,
  namedPhrases,
  namesTitle,
  sharedRun,
  termLine,
} from './phrases';
import type { RelatedLink } from './types';
import { itemKeyOf, meetingKeyOf } from './records';
import {
  isPreviousMeeting,
  resolveReference,
  sameNumber,
  type IndexView,
  type ListingWanted,
  type RefContext,
} from './resolve-reference';
import type { ItemMeta } from './search-index';
import {
  contentTerms,
  formatDate,
  keyTerms,
  normaliseCommittee,
  normaliseNumber,
  sameCommittee,
  termOverlap,
} from './text';

export type { IndexView } from './resolve-reference';

export const MAX_LINKS = 8;
const MAX_SIMILAR = 3;
/** A MiniSearch score above which text alone (with a shared phrase) counts as similar. */
const TEXT_SCORE_MIN = 14;
const TITLE_OVERLAP_MIN = 0.2;
/** Title overlap at which a dated reference's meeting item is taken as the one referred to. */
const SAME_TITLE_MIN = 0.25;

type Context = RefContext;

const isEarlier = (date: string | null, ctx: Context) => !!date && !!ctx.date && date < ctx.date;
const label = (committee: string | null, date: string | null) =>
  [committee, date ? formatDate(date) : null].filter(Boolean).join(', ');

function linkFromMeta(meta: ItemMeta, reason: RelatedLink['reason'], why: string, score: number): RelatedLink {
  return {
    reason,
    href: meta.href,
    title: meta.title,
    meetingDate: meta.meetingDate,
    committee: meta.committee,
    why,
    decision: meta.decision,
    score,
  };
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

function itemsOf(view: IndexView, meetingKey: string): ItemMeta[] {
  return [...(view.search.byMeeting.get(meetingKey) ?? [])].map((k) => view.search.meta.get(k)!).filter(Boolean);
}

/** Item numbers above this on a page are a running minute series, not agenda positions. */
const RUNNING_FROM = 20;

/** Running minute numbers ("107", "45/23") as a number, or null for "4a", "7.2", none. */
const running = (n: string | null) =>
  /^\d+(?:\/\d{2,4})?$/.test(normaliseNumber(n)) ? parseInt(normaliseNumber(n), 10) : null;

/**
 * "Minute 62 refers" with no date: the latest earlier meeting of this committee, within a year,
 * holding that minute. Running minute numbers only grow through a municipal year, so a number not
 * below this page's own is in this meeting or a later one, never linked; with per-meeting numbers
 * only a year-suffixed minute ("45/23") is linked.
 */
function minuteOnlyLink(view: IndexView, page: ParsedPage, ref: Reference, ctx: Context): RelatedLink | null {
  const wanted = running(ref.minute);
  if (wanted === null || !ctx.date) return null;
  if (page.meeting.items.some((i) => sameNumber(i.number, ref.minute))) return null; // this meeting's own minute
  const own = page.meeting.items.map((i) => running(i.number)).filter((n): n is number => n !== null);
  const runningSeries = own.length > 0 && Math.max(...own) > RUNNING_FROM;
  // Per-meeting numbers (1, 2, 3 …) make a bare "Minute 5" ambiguous; a year suffix ("45/23") is not.
  if (!runningSeries && !ref.minute!.includes('/')) return null;
  if (runningSeries && wanted >= Math.min(...own)) return null;
  const yearBefore = `${Number(ctx.date.slice(0, 4)) - 1}${ctx.date.slice(4, 10)}`;
  let best: ItemMeta | null = null;
  for (const m of view.meetings.values()) {
    if (m.host !== ctx.host || m.stub || !isEarlier(m.meetingDate, ctx) || m.meetingDate! < yearBefore) continue;
    if (!(ctx.cid && m.cid ? m.cid === ctx.cid : sameCommittee(m.committeeNorm, ctx.committeeNorm))) continue;
    if (best && best.meetingDate! >= m.meetingDate!) continue;
    best = itemsOf(view, m.key).find((i) => sameNumber(i.number, ref.minute)) ?? best;
  }
  return best
    ? linkFromMeta(best, 'reference', `refers to minute ${ref.minute} of ${formatDate(best.meetingDate)}`, 2)
    : null;
}

/** With no number or title in the reference, the one item there whose title this item's echoes. */
function sameTitleAt(view: IndexView, meetingKey: string, item: AgendaItem): ItemMeta | null {
  if (item.routine || isStandingTitle(item.title)) return null;
  const hits = itemsOf(view, meetingKey).filter(
    (m) => !m.routine && termOverlap(item.title, m.title) >= SAME_TITLE_MIN,
  );
  return hits.length === 1 ? hits[0] : null;
}

function referenceLink(
  view: IndexView,
  page: ParsedPage,
  index: number,
  ref: Reference,
  ctx: Context,
  wanted: Map<string, ListingWanted>,
): RelatedLink | null {
  const r = resolveReference(view, ref, ctx);
  if (r && 'listing' in r) {
    wanted.set(r.listing.key, r.listing);
    return null;
  }
  if (!r) return ref.meetingDate || isPreviousMeeting(ref) ? null : minuteOnlyLink(view, page, ref, ctx);
  const { meeting, itemLabel, why } = r.resolved;
  const item = r.resolved.item ?? (itemLabel ? null : sameTitleAt(view, meeting.key, page.meeting.items[index]));
  if (item) return linkFromMeta(item, 'reference', why, 2);
  const where = label(meeting.committee, meeting.meetingDate) || 'Earlier meeting';
  return {
    reason: 'reference',
    href: meeting.url,
    title: itemLabel ? `${itemLabel}, ${where}` : where,
    meetingDate: meeting.meetingDate,
    committee: meeting.committee,
    why,
    decision: null,
    score: 2,
  };
}

const quote = (t: string) => `‘${t.length > 80 ? `${t.slice(0, 77)}…` : t}’`;

/**
 * Earlier items that are the same matter: named by their title (in parentheses, quotes, "Review
 * of …", or the title's words in the text), or sharing a run of rare words. A routine or standing
 * item (minutes, apologies, work programme …) links only by naming a distinctive earlier title;
 * a standing item is never the target.
 */
function similarLinks(view: IndexView, item: AgendaItem, ctx: Context, selfKey: string): RelatedLink[] {
  if (!ctx.date) return [];
  const standing = item.routine || isStandingTitle(item.title);
  const filter = (m: ItemMeta) =>
    m.host === ctx.host &&
    !m.routine &&
    m.key !== selfKey &&
    m.meetingKey !== ctx.meetingKey &&
    isEarlier(m.meetingDate, ctx) &&
    isDistinctive(m.title);
  const links: RelatedLink[] = [];
  const taken = new Set<string>();
  const push = (meta: ItemMeta, why: string, score: number) => {
    if (taken.has(meta.key) || links.length >= MAX_SIMILAR) return;
    taken.add(meta.key);
    links.push(linkFromMeta(meta, 'similar', why, score));
  };
  // 1. Titles the text names.
  for (const phrase of namedPhrases(item.text, 4)) {
    const terms = view.search.rarest(phrase.terms, 4);
    if (!terms.length) continue;
    for (const { meta } of view.search.search(terms.join(' '), filter, 10, { combineWith: 'AND' })) {
      if (namesTitle(phrase.terms, meta.title)) push(meta, `names the same matter: ${quote(phrase.text)}`, 1.9);
    }
  }
  // 2. Earlier items found by the rarest words, kept when the text names their title or shares a phrase.
  const body = item.resolution?.text ?? item.recommendation?.text ?? item.text;
  const titleTerms = standing ? [] : view.search.rarest(keyTerms(item.title, 10), 4);
  const terms = [...new Set([...titleTerms, ...view.search.rarest(keyTerms(body, 30), 6 - titleTerms.length)])];
  if (!terms.length) return links;
  // Tokenised once per item, not per hit (the query budget is milliseconds).
  const line = termLine(item.text);
  const own = contentTerms(`${item.title} ${body}`);
  for (const { meta, score } of view.search.search(terms.join(' '), filter, 20)) {
    if (links.length >= MAX_SIMILAR) break;
    if (containsTitle(line, meta.title)) {
      push(meta, `names the same matter: ${quote(meta.title)}`, 1.85);
      continue;
    }
    if (standing) continue;
    const overlap = termOverlap(item.title, meta.title);
    const phrase = sharedRun(own, `${meta.title} ${meta.decision ?? ''}`);
    if (!phrase || (overlap < TITLE_OVERLAP_MIN && score < TEXT_SCORE_MIN)) continue;
    push(meta, `shares the phrase ${quote(phrase)}`, 1 + Math.min(overlap, 0.8));
  }
  return links;
}

/** Related links for each item (key: its index in `page.meeting.items`) and the committee meetings lists that would resolve more. */
export function relatedAndWanted(
  view: IndexView,
  page: ParsedPage,
): { related: Record<number, RelatedLink[]>; listings: ListingWanted[] } {
  const host = new URL(page.url).host.toLowerCase();
  const meetingKey = meetingKeyOf(page);
  const ctx: Context = {
    host,
    meetingKey,
    date: page.meeting.meetingDate,
    cid: page.ids.cid?.toLowerCase() ?? null,
    committeeNorm: normaliseCommittee(page.meeting.committee),
  };
  const wanted = new Map<string, ListingWanted>();
  const out: Record<number, RelatedLink[]> = {};
  page.meeting.items.forEach((item, index) => {
    const selfKey = itemKeyOf(host, meetingKey ?? '', item, index);
    const all = [
      ...issueLinks(view, item, ctx),
      ...item.references
        .map((r) => referenceLink(view, page, index, r, ctx, wanted))
        .filter((l): l is RelatedLink => !!l),
      ...similarLinks(view, item, ctx, selfKey),
    ];
    const seen = new Set<string>();
    const links = all
      .filter((l) => !seen.has(l.href) && !!seen.add(l.href))
      .sort((a, b) => b.score - a.score || (b.meetingDate ?? '').localeCompare(a.meetingDate ?? ''))
      .slice(0, MAX_LINKS);
    if (links.length) out[index] = links;
  });
  return { related: out, listings: [...wanted.values()] };
}

/** Related links for each item of a page (key: the item's index in `page.meeting.items`). */
export function relatedForPage(view: IndexView, page: ParsedPage): Record<number, RelatedLink[]> {
  return relatedAndWanted(view, page).related;
}
