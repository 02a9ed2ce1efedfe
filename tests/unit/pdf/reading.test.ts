// @vitest-environment node
// Reading PDFs in steps through pdf.js (the legacy build, as in Node), the cache and the
// background handlers, on the demo site's generated PDFs: a report's recommendations with their
// pages, a scanned file, a password-protected one, a damaged one, and a second read from the cache.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfHandlers } from '../../../utils/background/pdf-handlers';
import { bytesToBase64, base64ToBytes } from '../../../utils/pdf/base64';
import { DocumentCache, documentKey, validatorsAgree } from '../../../utils/pdf/cache-db';
import { createExtractor } from '../../../utils/pdf/extractor-host';
import { isScanned, joinTextItems, type PdfJs } from '../../../utils/pdf/page-texts';

const DOCS = 'tests/fixtures/demo-site/extra/reports/documents';
const bytes = (rel: string) => new Uint8Array(readFileSync(`${DOCS}/${rel}`));
const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>;
let n = 0;
const freshCache = (limits?: { records: number; chars: number }) =>
  new DocumentCache(`docs-test-${++n}-${Math.random()}`, limits);

describe('pdf.js in steps', () => {
  it('opens, reads every page with its number, and closes', async () => {
    const ex = createExtractor(pdfjs);
    expect(await ex.open('a', bytes('s9101/Leisure centre refurbishment.pdf'))).toEqual({ pages: 3 });
    const texts = [];
    for (;;) {
      const step = await ex.read('a', 0);
      if ('failure' in step) throw new Error(step.failure);
      texts.push(...step.texts);
      if (step.done) break;
    }
    expect(texts.map((t) => t.page)).toEqual([1, 2, 3]);
    expect(texts[1].text).toContain('approve capital spending of £2,400,000');
    expect(await ex.read('a', 0)).toEqual({ failure: 'malformed' }); // closed once done
  });

  it('turns a password or a damaged file into a failure value', async () => {
    const ex = createExtractor(pdfjs);
    expect(await ex.open('p', bytes('s9202/Property disposal (restricted).pdf'))).toEqual({ failure: 'password' });
    expect(await ex.open('m', bytes('s9203/Depot relocation.pdf'))).toEqual({ failure: 'malformed' });
    expect(await ex.open('z', new Uint8Array([1, 2, 3]))).toEqual({ failure: 'malformed' });
  });

  it('tells a scan (no text layer) from a report', () => {
    expect(
      isScanned([
        { page: 1, text: '' },
        { page: 2, text: ' \n ' },
      ]),
    ).toBe(true);
    expect(isScanned([{ page: 1, text: 'Recommendations: that the Committee notes the report.' }])).toBe(false);
    expect(joinTextItems([{ str: 'a', hasEOL: true }, { str: 'b' }, { type: 'beginMarkedContent' }])).toBe('a\nb');
  });

  it('round-trips bytes through base64', () => {
    const b = new Uint8Array(70_000).map((_, i) => (i * 7) & 255);
    expect(Buffer.compare(base64ToBytes(bytesToBase64(b)), b)).toBe(0);
  });
});

describe('document cache', () => {
  it('answers only while the validators agree, and evicts the least recently used', async () => {
    const cache = freshCache({ records: 2, chars: 1e9 });
    const url = 'https://x.example/documents/s1/Report.pdf?T=1#page=2';
    expect(documentKey(url)).toBe('https://x.example/documents/s1/Report.pdf?T=1');
    await cache.put(
      {
        url,
        sizeLabel: 'PDF 300 KB',
        bytes: 1000,
        etag: '"a"',
        state: 'done',
        numPages: 1,
        pages: [{ page: 1, text: 'x' }],
      },
      1,
    );
    expect(await cache.get(url, { sizeLabel: 'PDF 300 KB' }, 2)).not.toBeNull();
    expect(await cache.get(url, { sizeLabel: 'PDF 310 KB' })).toBeNull();
    expect(await cache.get(url, {})).not.toBeNull(); // no size printed: the URL alone
    expect(validatorsAgree({ etag: '"a"', bytes: 5 }, { etag: '"b"' })).toBe(false);
    await cache.put({ url: 'https://x.example/2.pdf', state: 'done', numPages: 1, pages: [] }, 3);
    await cache.put({ url: 'https://x.example/3.pdf', state: 'done', numPages: 1, pages: [] }, 4);
    expect(await cache.count()).toBe(2);
    expect(await cache.get('https://x.example/2.pdf', {})).toBeNull(); // oldest use evicted (url was used at 2)
    expect(await cache.clear()).toBe(2);
  });
});

describe('background handlers', () => {
  const read = async (
    h: ReturnType<typeof pdfHandlers>,
    id: string,
    rel: string,
    as: 'report' | 'pack' | 'minutes' = 'report',
  ) => {
    const opened = await h['pdf/open'](
      {
        id,
        url: `https://x.example/${rel}`,
        data: bytesToBase64(bytes(rel)),
        validators: { sizeLabel: 'PDF 3 KB' },
        as,
      },
      {},
    );
    if (opened.reading) return opened.reading;
    for (;;) {
      const step = await h['pdf/continue']({ id }, {});
      if (step.reading) return step.reading;
    }
  };

  it('reads a report, caches it and answers a second visit from the cache', async () => {
    const extractor = createExtractor(pdfjs);
    const h = pdfHandlers({ cache: freshCache(), extractor: async () => extractor });
    const reading = await read(h, 'r1', 's9106/Affordable housing delivery plan.pdf');
    expect(reading.state).toBe('done');
    expect(reading.report?.recommendations.map((r) => r.page)).toEqual([2, 2, 2, 2]);
    const again = await h['pdf/cached'](
      {
        url: 'https://x.example/s9106/Affordable housing delivery plan.pdf',
        validators: { sizeLabel: 'PDF 3 KB' },
        as: 'report',
      },
      {},
    );
    expect(again.reading?.report?.recommendations).toEqual(reading.report?.recommendations);
  });

  it('reports scans, passwords and damage as states, and splits a pack', async () => {
    const extractor = createExtractor(pdfjs);
    const h = pdfHandlers({ cache: freshCache(), extractor: async () => extractor });
    expect((await read(h, 's', 's9201/Planning site survey.pdf')).state).toBe('scanned');
    expect((await read(h, 'p', 's9202/Property disposal (restricted).pdf')).state).toBe('password');
    expect((await read(h, 'm', 's9203/Depot relocation.pdf')).state).toBe('malformed');
    const pack = await read(h, 'k', 'g9002/Agenda reports pack 28th-Jan-2026 Cabinet.pdf', 'pack');
    expect(pack.parts?.map((p) => [p.itemNumber, p.startPage, p.endPage])).toEqual([
      ['8', 2, 3],
      ['9', 4, 5],
      ['10', 6, 7],
    ]);
    const minutes = await read(h, 'n', 'g9003/Printed minutes 11th-Feb-2026 Cabinet.pdf', 'minutes');
    expect(minutes.minutes?.find((m) => m.number === '43')?.actionPages).toEqual([2]);
    expect(await h['pdf/clear-cache']({}, {})).toEqual({ ok: true, removed: 5 });
  });
});
