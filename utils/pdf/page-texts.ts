// PDF bytes → text per page through pdf.js, keeping each page's number with its text. Runs where
// pdf.js may run: the offscreen document (Chrome MV3), the background page (Firefox MV2) and the
// bench in Node; the caller passes its pdf.js build. Never in the content script or the service
// worker. pdf.js runs with eval off and no scripting: a PDF's JavaScript is never executed.
import type { PageText } from '../extract/report';

/** The slice of pdf.js this module uses (both the modern and the legacy build fit it). */
export interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
    stopAtErrors?: boolean;
  }): {
    promise: Promise<PdfDoc>;
    destroy(): Promise<void>;
  };
}
export interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: Array<object> }>; cleanup(): void }>;
  destroy(): Promise<void>;
}

export type OpenFailure = 'password' | 'malformed';

/** Join one page's text items in reading order, a newline where pdf.js marks an end of line. */
export function joinTextItems(items: Array<object>): string {
  let text = '';
  for (const item of items) {
    const it = item as { str?: unknown; hasEOL?: unknown };
    if (typeof it.str !== 'string') continue;
    text += it.str;
    if (it.hasEOL) text += '\n';
  }
  return text;
}

/** Open a PDF; a password-protected or unreadable file becomes a failure value, never a throw. */
export async function openPdf(pdfjs: PdfJs, data: Uint8Array): Promise<PdfDoc | OpenFailure> {
  const task = pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  try {
    return await task.promise;
  } catch (error) {
    void task.destroy().catch(() => undefined);
    return (error as { name?: string })?.name === 'PasswordException' ? 'password' : 'malformed';
  }
}

/** Text of pages `from`..`to` (1-based, inclusive); a page that fails to parse reads as empty. */
export async function readPages(doc: PdfDoc, from: number, to: number): Promise<PageText[]> {
  const out: PageText[] = [];
  for (let page = from; page <= Math.min(to, doc.numPages); page++) {
    try {
      const p = await doc.getPage(page);
      out.push({ page, text: joinTextItems((await p.getTextContent()).items) });
      p.cleanup();
    } catch {
      out.push({ page, text: '' });
    }
  }
  return out;
}

/** Fewer than this many letters over the whole document: a scan, nothing to read without OCR. */
export function isScanned(pages: PageText[]): boolean {
  let letters = 0;
  for (const p of pages) letters += (p.text.match(/\p{L}/gu) ?? []).length;
  return letters < 20 * Math.max(1, Math.min(pages.length, 5));
}
