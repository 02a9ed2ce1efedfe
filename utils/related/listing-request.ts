// A listing the resolver wants (resolve-reference.ts) as a request the content script can make.
import type { ParsedPage } from '../types';
import { earlierMeetingsUrl, modernGovBase } from '../moderngov/urls';
import type { ListingRequest } from './types';
import type { ListingWanted } from './resolve-reference';

/** The same-origin URL of the committee's meetings up to `wanted.to`. */
export function listingRequest(page: ParsedPage, wanted: ListingWanted): ListingRequest {
  const sameCommittee = page.ids.cid?.toLowerCase() === wanted.cid;
  return {
    key: wanted.key,
    url: earlierMeetingsUrl(modernGovBase(page.url), wanted.cid, wanted.to),
    cid: wanted.cid,
    committee: sameCommittee ? page.meeting.committee : null,
    to: wanted.to,
  };
}
