// Messages owned by the related-minutes index (answered in utils/background/related-handlers.ts).
import type { FollowUp, ParsedPage } from '../types';

/** One related earlier item, with the reason it is shown. */
export interface RelatedLink {
  reason: 'issue' | 'reference' | 'similar';
  /** Opens the earlier page at the item (`#AI<id>` where known). */
  href: string;
  title: string;
  meetingDate: string | null;
  committee: string | null;
  /** Human wording of the reason ("Same issue", "Minutes of 14 September 2023 referred to", "Similar title"). */
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

export interface RelatedMessages {
  /** Store a parsed page in the index (called on every recognised page view). */
  'related/index-page': { req: { page: ParsedPage }; res: { ok: true; items: number } };
  /** Related links and follow-up matches for each item of a page, keyed by item index. */
  'related/query': {
    req: { page: ParsedPage };
    res: { ok: true; related: Record<number, RelatedLink[]>; matches: Record<number, FollowUpMatch[]> };
  };
}
