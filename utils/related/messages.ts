// Messages owned by the related-minutes index (answered in utils/background/related-handlers.ts).
import type { FollowUp, ParsedPage } from '../types';
import type { BackfillOutcome } from './backfill-queue';
import type {
  BackfillJob,
  BackfillTask,
  FollowUpMatch,
  LinkedItem,
  ListedMeeting,
  ListingRequest,
  RelatedLink,
} from './types';

/** Search page filters; every field optional. */
export interface SearchFilters {
  host?: string;
  /** Committee name as stored (matched loosely). */
  committee?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  decisionsOnly?: boolean;
}

export interface SearchResult {
  key: string;
  href: string;
  host: string;
  committee: string | null;
  meetingDate: string | null;
  number: string | null;
  title: string;
  decision: string | null;
  /** A short passage of the item text around the first query word. */
  snippet: string;
  score: number;
}

export type Ok<T> = { ok: true } & T;

export interface RelatedMessages {
  /** Store a parsed page in the index (called on every recognised page view). */
  'related/index-page': { req: { page: ParsedPage }; res: { ok: true; items: number } };
  /** Related links and follow-up matches for each item of a page, keyed by item index. */
  'related/query': {
    req: { page: ParsedPage };
    res: {
      ok: true;
      related: Record<number, RelatedLink[]>;
      matches: Record<number, FollowUpMatch[]>;
      /** Committee meetings lists (same origin) whose reading would resolve references the index cannot; never one already read. */
      listings?: ListingRequest[];
    };
  };
  /** Which of these issue ids have no fetched issue history yet (the content script fetches those). */
  'related/issues-needed': { req: { pageUrl: string; iids: string[] }; res: Ok<{ missing: string[] }> };
  /** Store a fetched issue page (mgIssueHistoryHome / ieIssueDetails) read by the parser. */
  'related/index-issue': { req: { page: ParsedPage; iid: string }; res: Ok<{ entries: number }> };
  /**
   * Store the meetings a committee's ieListMeetings page lists (resolves dated references). With
   * `listing` (from a ListingRequest), also records the span it covers and that it was read.
   */
  'related/index-listing': {
    req: {
      pageUrl: string;
      cid: string | null;
      committee: string | null;
      meetings: ListedMeeting[];
      listing?: { key: string; to: string | null };
    };
    res: Ok<{ meetings: number }>;
  };
  /**
   * A request slot for a same-origin fetch outside a backfill job (issue pages, a meetings list):
   * the wait keeps every fetch to one council host at one per second, across tabs and jobs.
   */
  'related/request-slot': { req: { pageUrl: string }; res: Ok<{ waitMs: number }> };
  /**
   * Start (or restart) "index this committee's past N months" (N and whether to try mgWebService
   * first come from the options page; `webService` overrides the latter).
   */
  'related/backfill-start': {
    req: { pageUrl: string; cid: string; committee: string | null; webService?: boolean };
    res: Ok<{ job: BackfillJob }>;
  };
  /** The next request to make for a job and the wait before it (null task: nothing to do). */
  'related/backfill-next': {
    req: { jobId: string };
    res: Ok<{ task: BackfillTask | null; waitMs: number; job: BackfillJob | null }>;
  };
  /** What the content script got for a task. */
  'related/backfill-result': {
    req: { jobId: string; task: BackfillTask; outcome: BackfillOutcome };
    res: Ok<{ job: BackfillJob | null }>;
  };
  'related/backfill-cancel': { req: { jobId: string }; res: Ok<{ job: BackfillJob | null }> };
  /** Set a paused, cancelled or failed job running again (after a restart, or a cancel). */
  'related/backfill-resume': { req: { jobId: string }; res: Ok<{ job: BackfillJob | null }> };
  /** Jobs for a council host (optionally one committee). */
  'related/backfill-status': { req: { host: string; cid?: string | null }; res: Ok<{ jobs: BackfillJob[] }> };
  /** Link a follow-up to the item that answers it; optionally mark it Done. */
  'related/link-followup': {
    req: { followUpId: string; item: LinkedItem; markDone: boolean };
    res: Ok<{ followUp: FollowUp }>;
  };
  /** Full-text search over every indexed item and resolution. */
  'related/search': {
    req: { query: string; filters: SearchFilters; limit?: number };
    res: Ok<{ results: SearchResult[]; total: number }>;
  };
  /** What the search page's filters can offer. */
  'related/facets': {
    req: Record<string, never>;
    res: Ok<{
      hosts: string[];
      committees: Array<{ host: string; committee: string }>;
      items: number;
      meetings: number;
    }>;
  };
}
