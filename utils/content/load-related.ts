// What a page view does for the related-minutes feature, in the content script: store the page
// in the index, fetch (same origin, politely) the issue pages its items link to and the committee
// meetings lists the background asks for (references the index could not resolve; the background
// never asks twice for one list), then ask again for each item's related links and matches.
import { sendMessage } from '../messages';
import type { ParsedPage } from '../types';
import { issueHistoryUrl, modernGovBase } from '../moderngov/urls';
import { readMeetingList } from '../related/list-meetings';
import type { FollowUpMatch, ListingRequest, RelatedLink } from '../related/types';
import { fetchSameOrigin, sleep, type FetchedText } from './same-origin-fetch';

export interface RelatedResult {
  related: Record<number, RelatedLink[]>;
  matches: Record<number, FollowUpMatch[]>;
}

export interface LoadDeps {
  send: typeof sendMessage;
  fetchText: (url: string, signal?: AbortSignal) => Promise<FetchedText>;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  parse: (doc: Document, url: URL) => ParsedPage | null;
}

/** Issue pages fetched per page view at most (each costs a request a second). */
const MAX_ISSUE_FETCHES = 6;

/** `parse` is the engine's createParsedPage (loaded lazily: analysis-loader.ts). */
export function defaultLoadDeps(origin: string, parse: LoadDeps['parse']): LoadDeps {
  return { send: sendMessage, fetchText: (url, signal) => fetchSameOrigin(url, origin, signal), sleep, parse };
}

async function politeFetchDoc(url: string, deps: LoadDeps, signal?: AbortSignal): Promise<Document | null> {
  const slot = await deps.send('related/request-slot', { pageUrl: url });
  if (!slot.ok) return null;
  await deps.sleep(slot.waitMs, signal);
  const got = await deps.fetchText(url, signal);
  return got.status === 200 ? new DOMParser().parseFromString(got.text, 'text/html') : null;
}

async function query(
  page: ParsedPage,
  deps: LoadDeps,
): Promise<(RelatedResult & { listings: ListingRequest[] }) | null> {
  const r = await deps.send('related/query', { page });
  return r.ok ? { related: r.related, matches: r.matches, listings: r.listings ?? [] } : null;
}

/** Meetings lists read per page view at most. */
const MAX_LISTING_FETCHES = 4;

/**
 * Index the page and return its related links and matches (null when the background is not
 * answering). `onUpdate` gets each intermediate result so the overlay can render early.
 */
export async function loadRelated(
  page: ParsedPage,
  deps: LoadDeps,
  options: { signal?: AbortSignal; onUpdate?: (result: RelatedResult) => void } = {},
): Promise<RelatedResult | null> {
  const { signal, onUpdate } = options;
  const base = modernGovBase(page.url);
  if (page.pageKind === 'meeting') await deps.send('related/index-page', { page });
  let result = await query(page, deps);
  if (!result) return null;
  onUpdate?.(result);
  try {
    const iids = page.meeting.items.map((i) => i.issueId).filter((i): i is string => !!i);
    const needed = iids.length ? await deps.send('related/issues-needed', { pageUrl: page.url, iids }) : null;
    let changed = false;
    for (const iid of needed?.ok ? needed.missing.slice(0, MAX_ISSUE_FETCHES) : []) {
      const url = new URL(issueHistoryUrl(base, iid));
      const doc = await politeFetchDoc(url.href, deps, signal);
      const issue = doc ? deps.parse(doc, url) : null;
      if (issue) changed = (await deps.send('related/index-issue', { page: issue, iid })).ok || changed;
    }
    for (const listing of result.listings.slice(0, MAX_LISTING_FETCHES)) {
      const url = new URL(listing.url);
      const doc = await politeFetchDoc(url.href, deps, signal);
      // A list that failed is recorded as read (with nothing in it), so it is not asked for again.
      const meetings = doc ? readMeetingList(doc, url).meetings : [];
      await deps.send('related/index-listing', {
        pageUrl: page.url,
        cid: listing.cid,
        committee: listing.committee,
        meetings,
        listing,
      });
      changed = true;
    }
    if (changed) {
      result = (await query(page, deps)) ?? result;
      onUpdate?.(result);
    }
  } catch {
    // Aborted, or a fetch failed: the links from the index alone still stand.
  }
  return result;
}
