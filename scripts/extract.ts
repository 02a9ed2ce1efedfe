// CLI: `npm run --silent extract -- <file>` prints the extraction as JSON on stdout.
// Reads .txt/.md/.html/.htm/.pdf (by extension, or sniffing %PDF / <html); HTML goes through the
// extension's DOM readers (utils/parser/read-html.ts). Errors: one line on
// stderr and exit code 1, never a stack trace.
import { readFileSync } from 'node:fs';
import { extractDocument } from '../utils/extract/index';
import { toCliJson } from '../utils/extract/serialise';
import { extractFromDocument } from '../utils/parser/read-html';
import type { Extraction } from '../utils/types';

/**
 * HTML through a DOM, as the extension reads it: happy-dom parses the page (no scripts run, nothing
 * is fetched) and the extension's own readers take it from there.
 */
async function readHtml(html: string, file: string): Promise<Extraction> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return extractFromDocument(doc, html, file);
  } finally {
    await window.happyDOM.close();
  }
}

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => a !== '--' && !a.startsWith('--'));
  // `--report`: read the PDF as one committee report and print its ReportSummary instead.
  const asReport = process.argv.includes('--report');
  if (!file) {
    process.stderr.write('usage: npm run --silent extract -- <file.txt|.md|.html|.pdf> [--report]\n');
    return 1;
  }
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`extract: cannot read ${file}${code ? ` (${code})` : ''}\n`);
    return 1;
  }
  const lower = file.toLowerCase();
  let text: string;
  let format: 'text' | 'markdown' | 'html' | undefined;
  if (lower.endsWith('.pdf') || data.subarray(0, 5).toString('latin1') === '%PDF-') {
    try {
      const { extractPdfPages } = await import('../utils/extract/pdf');
      const pages = await extractPdfPages(new Uint8Array(data));
      if (asReport) {
        const { readReport } = await import('../utils/extract/report');
        process.stdout.write(JSON.stringify(readReport(pages), null, 2) + '\n');
        return 0;
      }
      text = pages.map((p) => p.text).join('\n\n');
    } catch (e) {
      process.stderr.write(`extract: cannot read PDF ${file}: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
      return 1;
    }
  } else {
    text = data.toString('utf8');
    if (/\.html?$/.test(lower) || /^\s*(?:<!doctype html|<html)/i.test(text.slice(0, 500))) format = 'html';
    else if (lower.endsWith('.md')) format = 'markdown';
  }
  if (asReport) {
    // A text file's pages are separated by form feeds, as PDF-to-text tools write them.
    const { readReport } = await import('../utils/extract/report');
    process.stdout.write(
      JSON.stringify(readReport(text.split('\f').map((t, i) => ({ page: i + 1, text: t }))), null, 2) + '\n',
    );
    return 0;
  }
  const result = format === 'html' ? await readHtml(text, file) : extractDocument(text, { format, fileName: file });
  process.stdout.write(JSON.stringify(toCliJson(result), null, 2) + '\n');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`extract: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
    process.exit(1);
  },
);
