// Records of the related-minutes index (IndexedDB `scrutineer-index`). Plain data only: they
// are stored, snapshotted and sent across the message boundary.
import type { FollowUp, IssueHistoryEntry, Meeting, Reference } from '../types';

/** One meeting we know of: fully indexed (viewed or backfilled) or a stub from a listing. */
export interface IndexedMeeting {
  /** `host|meeting|<mid>`, or `host|page|<url path>` for meetings without an MId (moderngov/keys.ts). */
  key: string;
  host: string;
  origin: string;
  cid: string | null;
  mid: string | null;
  committee: string | null;
  /** Lower-cased, punctuation-free committee name for matching ("people and health overview committee"). */
  committeeNorm: string;
  meetingDate: string | null;
  url: string;
  status: Meeting['status'];
  itemCount: number;
  /** True when only a listing (ieListMeetings / GetMeetings) told us the meeting exists. */
  stub: boolean;
  source: 'view' | 'backfill' | 'web-service' | 'listing';
  indexedAt: string;
}

/** One agenda item of an indexed meeting. */
export interface IndexedItem {
  /** `host|item|<agendaItemId>` (moderngov/keys.ts) when ModernGov gives the item an id, else `<meetingKey>#<position>`. */
  key: string;
  meetingKey: string;
  host: string;
  committee: string | null;
  committeeNorm: string;
  meetingDate: string | null;
  /** The meeting page at the item (`#AI<id>` where known). */
  href: string;
  position: number;
  number: string | null;
  title: string;
  /** Plain text, capped (see MAX_TEXT in records.ts). */
  text: string;
  resolution: string | null;
  actions: string[];
  references: Reference[];
  issueId: string | null;
  agendaItemId: string | null;
  routine: boolean;
}

/** What an issue page (mgIssueHistoryHome / ieIssueDetails) said, fetched same-origin. */
export interface IndexedIssue {
  /** `host|issue|<iid>` (moderngov/keys.ts). */
  key: string;
  host: string;
  iid: string;
  entries: IssueHistoryEntry[];
  fetchedAt: string;
}

/** A meeting a listing page or GetMeetings names. */
export interface ListedMeeting {
  mid: string;
  url: string;
  meetingDate: string | null;
  cancelled?: boolean;
}

/**
 * What a committee's meetings list told us: every meeting of the committee from `from` to `to`
 * (ISO dates, inclusive) is known, so a reference into that span resolves without a request.
 * Also the cache of listing requests: one fetched listing is never fetched again for a reference.
 */
export interface ListingCoverage {
  /** `host|cid|<request>`: one record per listing URL read. */
  key: string;
  host: string;
  cid: string;
  from: string | null;
  to: string;
  meetings: number;
  fetchedAt: string;
}

export type BackfillTask =
  | { kind: 'list-ws'; url: string }
  | { kind: 'list-html'; url: string }
  | { kind: 'meeting-ws'; url: string; mid: string; pageUrl: string }
  | { kind: 'meeting-html'; url: string; mid: string };

export type BackfillStatus = 'running' | 'paused' | 'cancelled' | 'done' | 'error';

/** A persisted backfill job: everything needed to resume after a browser restart. */
export interface BackfillJob {
  /** `host|committee|<cid>` (moderngov/keys.ts): one job per committee. */
  id: string;
  host: string;
  origin: string;
  cid: string;
  committee: string | null;
  listUrl: string;
  /** Try mgWebService.asmx first; false once it has failed (404/500/count-only). */
  webService: boolean;
  /** How many months before the latest past meeting the job reads (absent on jobs stored before it was a setting: 12). */
  months?: number;
  status: BackfillStatus;
  /** List pages still to read (HTML), or the web-service listing. */
  listQueue: BackfillTask[];
  listPagesRead: number;
  /** Earliest meeting date wanted (`months` before the latest past meeting listed). */
  since: string | null;
  pending: ListedMeeting[];
  done: string[];
  skipped: string[];
  failed: string[];
  total: number;
  /** ms epoch of the last request slot handed out (the rate limit's memory). */
  lastRequestAt: number;
  requests: number;
  createdAt: string;
  updatedAt: string;
  error: string | null;
}

/** One related earlier item, with the reason it is shown. */
export interface RelatedLink {
  reason: 'issue' | 'reference' | 'similar';
  /** Opens the earlier page at the item (`#AI<id>` where known). */
  href: string;
  title: string;
  meetingDate: string | null;
  committee: string | null;
  /**
   * Human wording of the reason ("Same issue, at …", "refers to the minute of 3 May 2023", "names
   * the same matter: ‘Review of …’", "shares the phrase ‘…’").
   */
  why: string;
  /** The earlier decision, when known. */
  decision: string | null;
  score: number;
}

/** An open follow-up that this item may be the promised update for. */
export interface FollowUpMatch {
  followUp: FollowUp;
  why: string;
}

/** An item as the resolution of a follow-up: the page at the item, its title and the meeting date. */
export interface LinkedItem {
  url: string;
  title: string;
  meetingDate: string | null;
}

/** A committee meetings list to read for references: `url` lists the meetings up to `to`. */
export interface ListingRequest {
  key: string;
  url: string;
  cid: string;
  /** The committee's name as the referring page prints it (stubs carry it). */
  committee: string | null;
  to: string;
}
