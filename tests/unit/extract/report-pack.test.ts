// Reports packs split into agenda items, printed agendas read for their page ranges, and printed
// minutes given pages, on short pack texts written for these tests in ModernGov's layout:
// a frontsheet without stamps, then each item's papers with "Page N" stamped on every page and
// "Agenda Item N" on each item's first page (pdf.js often glues both onto the page's last line).
import { describe, expect, it } from 'vitest';
import {
  extractPrintedMinutes,
  readAgendaRanges,
  readReport,
  splitPack,
  type PageText,
} from '../../../utils/extract/report';
import { pageOffset } from '../../../utils/extract/report-pack';

const pages = (...texts: string[]): PageText[] => texts.map((text, i) => ({ page: i + 1, text }));

const FRONT = `Agenda for a meeting of the Cabinet
A G E N D A
1. Apologies for Absence
2. Minutes of the meeting held on 3 April 2025
(Pages 1 - 4)
3. Library Opening Hours (Pages 5 - 7)
4. Budget Monitoring Quarter 1 (Pages 8 - 9)
5. Tree Strategy - report to follow`;

const PACK = pages(
  FRONT,
  'MINUTES of a meeting of the Cabinet held on 3 April 2025\n1. Apologies\nNone.Page 1Agenda Item 2',
  'More minutes.Page 2',
  'Even more minutes.Page 3',
  'Last page of the minutes.Page 4',
  'Subject: Library Opening Hours\nRecommendation(s):\nCabinet is asked to agree the new hours.Page 5Agenda Item 3',
  '1. Background\nLibraries open six days a week.Page 6',
  'Appendix A – Opening hours table\nMonday 9-5Page 7',
  'Subject: Budget Monitoring Quarter 1\nRecommendation(s):\nCabinet is asked to note the forecast overspend of £2.1m.Page 8Agenda Item 4',
  'Contact: Finance team.Page 9',
);

describe('splitPack', () => {
  it('splits at the "Agenda Item N" stamps, each item running to the page before the next', () => {
    expect(splitPack(PACK)).toEqual([
      { itemNumber: '2', startPage: 2, endPage: 5 },
      { itemNumber: '3', startPage: 6, endPage: 8 },
      { itemNumber: '4', startPage: 9, endPage: 10 },
    ]);
  });

  it('maps printed page ranges to PDF pages through the "Page N" stamps when an item has no stamp', () => {
    expect(pageOffset(PACK)).toBe(1);
    const unstamped = PACK.map((p) => (p.page === 6 ? { ...p, text: p.text.replace('Agenda Item 3', '') } : p));
    const agenda = readAgendaRanges(PACK.slice(0, 1));
    expect(splitPack(unstamped, agenda)).toEqual([
      { itemNumber: '2', startPage: 2, endPage: 5 },
      { itemNumber: '3', startPage: 6, endPage: 8 },
      { itemNumber: '4', startPage: 9, endPage: 10 },
    ]);
  });

  it('gives each section to the report reader as one report', () => {
    const [, lib, budget] = splitPack(PACK);
    const r = readReport(PACK.slice(lib.startPage - 1, lib.endPage));
    expect(r.title).toBe('Library Opening Hours');
    expect(r.recommendations).toEqual([{ number: null, text: 'Cabinet is asked to agree the new hours.', page: 6 }]);
    expect(r.appendices).toEqual(['Appendix A – Opening hours table']);
    const b = readReport(PACK.slice(budget.startPage - 1, budget.endPage));
    expect(b.figures).toEqual([expect.objectContaining({ amount: 2_100_000, role: 'overspend', page: 9 })]);
  });

  it('shares a page when the next item starts part-way down it, after "This page is intentionally left blank"', () => {
    const shared = pages(
      'Agenda Item 5\nSubject: Parks\nRecommendation(s):\nCabinet is asked to adopt the parks plan.',
      '1. Background\nBackground text.\nThis page is intentionally left blank\nAgenda Item 6\nSubject: Housing\nRecommendation(s):\nCabinet is asked to adopt the housing plan.',
      '2. Background\nMore housing text.',
    );
    expect(splitPack(shared)).toEqual([
      { itemNumber: '5', startPage: 1, endPage: 2 },
      { itemNumber: '6', startPage: 2, endPage: 3 },
    ]);
    // Each report reads only its own part of the shared page.
    expect(readReport(shared.slice(0, 2)).recommendations.map((r) => r.text)).toEqual([
      'Cabinet is asked to adopt the parks plan.',
    ]);
    expect(readReport(shared.slice(1, 3))).toMatchObject({
      title: 'Housing',
      recommendations: [{ text: 'Cabinet is asked to adopt the housing plan.', page: 2 }],
    });
  });

  it('ignores "see Agenda Item 5" in prose and "Agenda Item No" list headings', () => {
    const p = pages(
      'Agenda Item No\n3 Report title (Pages 1 - 2)',
      'As reported under Agenda Item 5 last month, the plan is on track.\nMore text here.\nAnd more.\nEnd.',
    );
    expect(splitPack(p)).toEqual([]);
  });

  it('never throws, and a long pack stays fast', () => {
    expect(splitPack([])).toEqual([]);
    expect(splitPack(null as unknown as PageText[])).toEqual([]);
    expect(splitPack(pages('', ''), [{ number: '1', title: 'x', pageRange: [5, 2] }])).toEqual([]);
    const big = pages(
      ...Array.from(
        { length: 600 },
        (_, i) => `Text of page ${i + 1}.\nMore text.Page ${i + 1}${i % 20 === 0 ? `Agenda Item ${i / 20 + 1}` : ''}`,
      ),
    );
    const t = performance.now();
    const split = splitPack(big);
    // A catastrophic regex takes minutes here; the bound only catches that (figures live in `npm run bench`).
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(split).toHaveLength(30);
    expect(split[29]).toEqual({ itemNumber: '30', startPage: 581, endPage: 600 });
  });
});

describe('readAgendaRanges', () => {
  it('reads numbered items, titles over lines and "(Pages a - b)"', () => {
    expect(readAgendaRanges(PACK.slice(0, 1))).toEqual([
      { number: '1', title: 'Apologies for Absence' },
      { number: '2', title: 'Minutes of the meeting held on 3 April 2025', pageRange: [1, 4] },
      { number: '3', title: 'Library Opening Hours', pageRange: [5, 7] },
      { number: '4', title: 'Budget Monitoring Quarter 1', pageRange: [8, 9] },
      { number: '5', title: 'Tree Strategy - report to follow' },
    ]);
  });

  it('reads a bare right-hand column range merged into the title, and leaves years alone', () => {
    const front = pages(`1. APOLOGIES
To receive any apologies for absence.
2. LOCAL PLAN REVIEW 2011 - 2033 5 - 40
To consider a report of the Head of Planning.
3.WORK PROGRAMME41 - 44
4. CAPITAL STRATEGY AND TREASURY 45 - 60
MANAGEMENT`);
    expect(readAgendaRanges(front)).toEqual([
      { number: '1', title: 'APOLOGIES' },
      { number: '2', title: 'LOCAL PLAN REVIEW 2011 - 2033', pageRange: [5, 40] },
      { number: '3', title: 'WORK PROGRAMME', pageRange: [41, 44] },
      { number: '4', title: 'CAPITAL STRATEGY AND TREASURY MANAGEMENT', pageRange: [45, 60] },
    ]);
  });

  it('never throws', () => {
    expect(readAgendaRanges([])).toEqual([]);
    expect(readAgendaRanges(undefined as unknown as PageText[])).toEqual([]);
  });
});

describe('extractPrintedMinutes', () => {
  const MINUTES = pages(
    `MINUTES of a meeting of the Cabinet held on Thursday, 3 April 2025
PRESENT: Mr A Able (Chairman), Mrs B Baker
12. Apologies
Apologies were received from Mr C Cole.
13. Library Opening Hours
The Cabinet Member introduced the report.`,
    `RESOLVED that the new library opening hours be agreed and that a report on
usage be submitted to the Cabinet in October 2025.
14. Budget Monitoring
The Cabinet noted the forecast.
RESOLVED that the forecast overspend be noted.`,
  );

  it("puts each item's and each resolution's page on it", () => {
    const pm = extractPrintedMinutes(MINUTES);
    expect(pm.pages).toBe(2);
    const items = pm.parts.flatMap((p) => p.items);
    const lib = items.find((i) => i.number === '13')!;
    expect(lib.page).toBe(1);
    expect(lib.resolution?.text).toMatch(/new library opening hours be agreed/);
    expect(lib.resolutionPage).toBe(2);
    expect(lib.actionPages).toHaveLength(lib.actions.length);
    for (const p of lib.actionPages) expect(p).toBe(2);
    const budget = items.find((i) => i.number === '14')!;
    expect(budget).toMatchObject({ page: 2, resolutionPage: 2 });
  });

  it('never throws on empty or odd input', () => {
    expect(extractPrintedMinutes([])).toEqual({ parts: [], pages: 0 });
    expect(extractPrintedMinutes(null as unknown as PageText[]).pages).toBe(0);
    expect(() => extractPrintedMinutes(pages('', '\n\n'))).not.toThrow();
  });
});
