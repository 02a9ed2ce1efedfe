// The offscreen document (Chrome MV3 only): hosts pdf.js for the background, which cannot run it
// in the service worker. Answers only messages marked `scrutineerOffscreen`.
import { browser } from 'wxt/browser';
import { createExtractor } from '../../utils/pdf/extractor-host';
import { loadPdfJs } from '../../utils/pdf/load-pdfjs';
import { base64ToBytes } from '../../utils/pdf/base64';
import { isOffscreenRequest } from '../../utils/pdf/offscreen-client';

const extractor = createExtractor(() => loadPdfJs((p) => browser.runtime.getURL(p as '/')));

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isOffscreenRequest(message)) return undefined;
  const { op, id } = message;
  const work =
    op === 'open'
      ? extractor.open(id, base64ToBytes(message.data ?? ''))
      : op === 'read'
        ? extractor.read(id, message.budgetMs ?? 300)
        : extractor.close(id).then(() => ({ closed: true }));
  return work.catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
});
