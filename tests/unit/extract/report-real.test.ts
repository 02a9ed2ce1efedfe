// @vitest-environment node
// The report reader on the real council PDFs in ../shared/corpus/real/pdf (text by pdf.js, as the
// extension reads it). Every labelled recommendation must be found; the other fields are tallied
// and held at what the reader reaches now. Skipped when ../shared is absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdfPages } from '../../../utils/extract/pdf';
import {
  readAgendaRanges,
  readReport,
  splitPack,
  extractPrintedMinutes,
  type PageText,
  type ReportSummary,
} from '../../../utils/extract/report';

const dir = join(__dirname, '../../../../shared/corpus/real/pdf');
const have = existsSync(join(dir, 'labels'));

// The scorer's measures (../shared/eval/score.mjs): words, and how much of a label's first 25 words
// the extracted text contains.
const words = (s: unknown) =>
  (
    String(s ?? '')
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z0-9£]+/g) ?? []
  ).filter((w) => w.length > 1 || /\d/.test(w));
const coverage = (label: string, got: string) => {
  const L = words(label).slice(0, 25);
  const G = new Set(words(got));
  return L.length ? L.filter((w) => G.has(w)).length / L.length : 0;
};

interface Label {
  source: string;
  title: string | null;
  purpose: string | null;
  recommendations: string[];
  keyDecision: boolean | null;
  wards: string | null;
  author: string | null;
  figures: string[];
}

const pagesOf = async (file: string): Promise<PageText[]> =>
  extractPdfPages(new Uint8Array(readFileSync(join(dir, file))));

describe.skipIf(!have)('report reader on real PDFs', () => {
  const labels: Label[] = have
    ? readdirSync(join(dir, 'labels'))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(dir, 'labels', f), 'utf8')))
    : [];
  const read = new Map<string, ReportSummary>();

  beforeAll(async () => {
    for (const l of labels) read.set(l.source, readReport(await pagesOf(l.source)));
  }, 60_000);

  it('finds every labelled recommendation (coverage ≥ 0.6), each with a page', () => {
    const missed: string[] = [];
    let n = 0;
    for (const l of labels) {
      const r = read.get(l.source)!;
      for (const want of l.recommendations) {
        n++;
        const hit = r.recommendations.find((g) => coverage(want, `${g.number ?? ''} ${g.text}`) >= 0.6);
        if (!hit) missed.push(`${l.source}: ${want}`);
        else expect(hit.page).toBeGreaterThanOrEqual(1);
      }
      // No padding: as many recommendations as the label lists.
      expect(r.recommendations.length, l.source).toBe(l.recommendations.length);
    }
    expect(n).toBeGreaterThanOrEqual(13);
    expect(missed).toEqual([]);
  });

  it('tallies titles, purposes, authors, key decisions, wards and figures', () => {
    const tally = { title: 0, purpose: 0, author: 0, keyDecision: 0, wards: 0, figures: 0, figuresWanted: 0 };
    const amount = (s: string) => {
      const m = /£\s?([\d,.]+)\s*(m|bn|billion|million|k)?\b/i.exec(s);
      if (!m) return NaN;
      const u = (m[2] ?? '').toLowerCase();
      return (
        Number(m[1].replace(/,/g, '')) *
        (u === 'm' || u === 'million' ? 1e6 : u === 'bn' || u === 'billion' ? 1e9 : u === 'k' ? 1e3 : 1)
      );
    };
    for (const l of labels) {
      const r = read.get(l.source)!;
      if (l.title ? coverage(l.title, r.title ?? '') >= 0.8 : !r.title) tally.title++;
      if (l.purpose ? coverage(l.purpose, r.purpose ?? '') >= 0.6 : !r.purpose) tally.purpose++;
      if (l.author ? coverage(l.author, r.author ?? '') >= 0.6 : !r.author) tally.author++;
      if (l.keyDecision === r.keyDecision) tally.keyDecision++;
      if ((l.wards ?? '').toLowerCase() === (r.wards ?? '').toLowerCase()) tally.wards++;
      for (const f of l.figures) {
        tally.figuresWanted++;
        if (r.figures.some((g) => g.amount === amount(f))) tally.figures++;
      }
    }
    console.log(`report reader on ${labels.length} real PDFs:`, JSON.stringify(tally));
    expect(tally.title).toBe(labels.length);
    expect(tally.purpose).toBe(labels.length);
    expect(tally.author).toBe(labels.length);
    expect(tally.keyDecision).toBe(labels.length);
    expect(tally.wards).toBe(labels.length);
    expect(tally.figures).toBe(tally.figuresWanted);
  });

  it('gives the money asked for in the 24/00109 report its roles', () => {
    const r = read.get('kent-cabinet-2025-01-30-report-24-00109-strengthening-independence.pdf')!;
    const byAmount = Object.fromEntries(r.figures.map((f) => [f.amount, f.role]));
    expect(byAmount).toMatchObject({ 59_000_000: 'budget', 56_000_000: 'cost', 3_000_000: 'cost' });
    expect(r.keyDecision).toBe(true);
    expect(r.decisionNumber).toBe('24/00109');
  });

  it('splits the supplement pack at its "Agenda Item 3" stamp, and by the page range its covering letter prints', async () => {
    const pages = await pagesOf('kent-county-council-2025-01-09-item3-supplement-pack.pdf');
    expect(splitPack(pages)).toEqual([{ itemNumber: '3', startPage: 3, endPage: 20 }]);
    const agenda = readAgendaRanges(pages.slice(0, 1));
    expect(agenda).toEqual([{ number: '3', title: 'English Devolution White Paper', pageRange: [1, 18] }]);
    // Printed "Page 1" is PDF page 3: the range maps through the stamps.
    const unstamped = pages.map((p) => ({ ...p, text: p.text.replace(/Agenda Item 3/g, '') }));
    expect(splitPack(unstamped, agenda)).toEqual([{ itemNumber: '3', startPage: 3, endPage: 20 }]);
    const section = pages.slice(2, 20);
    expect(readReport(section).title).toBe('English Devolution White Paper');
  });

  it('reads the agenda frontsheet: 17 items, with printed page ranges', async () => {
    const agenda = readAgendaRanges(await pagesOf('kent-county-council-2025-03-13-agenda-frontsheet.pdf'));
    expect(agenda.map((a) => a.number)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(agenda.filter((a) => a.pageRange)).toHaveLength(11);
    expect(agenda[8]).toEqual({
      number: '9',
      title: 'Review of Decision 24/00093 - Commissioned Family Hubs',
      pageRange: [31, 190],
    });
    expect(agenda[12]).toEqual({
      number: '13',
      title: 'Joint Health Overview & Scrutiny Committee - Terms of Reference update',
      pageRange: [267, 274],
    });
    expect(agenda[16].pageRange).toEqual([341, 342]);
  });

  it('puts a page on each resolution of the printed minutes', async () => {
    const pages = await pagesOf('kent-cabinet-2025-01-30-printed-minutes.pdf');
    const pm = extractPrintedMinutes(pages);
    const items = pm.parts.flatMap((p) => p.items);
    const withRes = items.filter((i) => i.resolution);
    expect(withRes.length).toBeGreaterThanOrEqual(3);
    for (const it of withRes) {
      expect(it.resolutionPage).not.toBeNull();
      // The page the resolution is on holds its words.
      const page = pages.find((p) => p.page === it.resolutionPage)!;
      expect(coverage(it.resolution!.text.slice(0, 80), page.text)).toBeGreaterThanOrEqual(0.6);
    }
    // Minute 90 (24/00109) is decided on page 14 of 17.
    const m90 = items.find((i) => i.number === '90');
    expect(m90?.page).toBe(13);
    expect(m90?.resolutionPage).toBe(14);
  });
});
