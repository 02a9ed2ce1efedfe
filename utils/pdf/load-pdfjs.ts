// pdf.js for an extension page (the offscreen document, Firefox's background page): the modern
// build, with its worker bundled into the extension (no remote code) and started from our own URL.
import type { PdfJs } from './page-texts';

let loaded: Promise<PdfJs> | null = null;

export function loadPdfJs(getURL: (path: string) => string): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist').then((pdfjs) => {
    // Copied into the build by the `build:publicAssets` hook in wxt.config.ts.
    pdfjs.GlobalWorkerOptions.workerSrc = getURL('/pdf.worker.min.mjs');
    return pdfjs as unknown as PdfJs;
  });
  return loaded;
}
