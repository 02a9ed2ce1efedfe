import type { HandlersFor } from '../messages';
import type { RelatedMessages } from '../related/messages';

// Placeholder answers until the related-minutes index lands (issue: related earlier minutes).
export function relatedHandlers(): HandlersFor<RelatedMessages> {
  return {
    async 'related/index-page'() {
      return { ok: true, items: 0 };
    },
    async 'related/query'() {
      return { ok: true, related: {}, matches: {} };
    },
  };
}
