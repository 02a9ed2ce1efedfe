// Where pdf.js runs for this build: the offscreen document in Chrome MV3; in Firefox MV2 the
// background page itself (the MV2 build constant drops the other branch, so the Chrome service
// worker never bundles pdf.js).
import { browser } from 'wxt/browser';
import type { PdfExtractor } from './extractor-host';
import { createOffscreenExtractor } from './offscreen-client';

let extractor: Promise<PdfExtractor> | null = null;

export function extractorForBrowser(): Promise<PdfExtractor> {
  extractor ??=
    import.meta.env.MANIFEST_VERSION === 2
      ? Promise.all([import('./extractor-host'), import('./load-pdfjs')]).then(([host, pdf]) =>
          host.createExtractor(() => pdf.loadPdfJs((p) => browser.runtime.getURL(p as '/'))),
        )
      : Promise.resolve(createOffscreenExtractor());
  return extractor;
}
