// pdf.js for an extension page (the offscreen document, Firefox's background page): the modern
// build, with its worker bundled into the extension (no remote code) and started from our own URL.
import type { PdfJs } from './page-texts';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

let loaded: Promise<PdfJs> | null = null;

export function loadPdfJs(getURL: (path: string) => string): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = getURL(workerUrl);
    return pdfjs as unknown as PdfJs;
  });
  return loaded;
}
