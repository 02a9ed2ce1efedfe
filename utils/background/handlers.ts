// The background's answers to every message in utils/messages.ts, one group per feature.
// Storage lives in the background (and only here) because IndexedDB opened in a content
// script would belong to the council's origin, not the extension's.
import { browser } from 'wxt/browser';
import type { CoreMessages, Handlers, HandlersFor } from '../messages';
import { followUpHandlers } from './followup-handlers';
import { RelatedIndex } from '../related/related-index';
import { HostPacer } from '../related/host-pacer';
import { WatchStore } from '../watch/store';
import { relatedHandlers } from './related-handlers';
import { pdfHandlers } from './pdf-handlers';
import { DocumentCache } from '../pdf/cache-db';
import { extractorForBrowser } from '../pdf/extractor-for-browser';
import { WATCH_CHECK, watchHandlers } from './watch-handlers';

function coreHandlers(): HandlersFor<CoreMessages> {
  return {
    async ping() {
      return { ok: true, version: browser.runtime.getManifest().version };
    },
    async 'page/seen'() {
      return { ok: true };
    },
  };
}

/** Every handler, plus the scheduled watch check (run by the alarm, not reachable by message). */
export function createHandlers(): Handlers & { [WATCH_CHECK]: () => Promise<unknown> } {
  // One related index for the page handlers and the watch check (checked meetings are indexed too).
  const index = new RelatedIndex();
  // One request clock per council for everything: page fetches (slots) and watch checks.
  const pacer = new HostPacer();
  const { runScheduledCheck, matchPage, ...watch } = watchHandlers({
    store: new WatchStore(),
    index,
    now: () => new Date(),
    pacer,
  });
  return {
    ...coreHandlers(),
    ...followUpHandlers(),
    // Meetings the user opens or backfills are matched against watched subjects too.
    ...relatedHandlers({ index, onIndexed: matchPage, pacer }),
    ...pdfHandlers({ cache: new DocumentCache(), extractor: extractorForBrowser }),
    ...watch,
    [WATCH_CHECK]: runScheduledCheck,
  };
}
