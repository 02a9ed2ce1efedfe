// PDF → text through pdfjs-dist, in its own module so the extension bundle can leave it out.
// Text items are joined in reading order with a newline where pdf.js marks an end of line.
import type { PageText } from './report-types';

/** Each page's text (1-based page numbers), as the report reader and pack splitter take it. */
export async function extractPdfPages(data: Uint8Array): Promise<PageText[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: PageText[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push({ page: p, text });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

export async function extractPdfText(data: Uint8Array): Promise<string> {
  return (await extractPdfPages(data)).map((p) => p.text).join('\n\n');
}
