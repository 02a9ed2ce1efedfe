// The background's answers to every message in utils/messages.ts, one group per feature.
// Storage lives in the background (and only here) because IndexedDB opened in a content
// script would belong to the council's origin, not the extension's.
import { browser } from 'wxt/browser';
import type { CoreMessages, Handlers, HandlersFor } from '../messages';
import { followUpHandlers } from './followup-handlers';
import { relatedHandlers } from './related-handlers';
import { pdfHandlers } from './pdf-handlers';
import { DocumentCache } from '../pdf/cache-db';
import { extractorForBrowser } from '../pdf/extractor-for-browser';

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

export function createHandlers(): Handlers {
  return { ...coreHandlers(), ...followUpHandlers(), ...relatedHandlers(), ...pdfHandlers({ cache: new DocumentCache(), extractor: extractorForBrowser }) };
}
