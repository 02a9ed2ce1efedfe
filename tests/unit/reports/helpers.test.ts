// The pure helpers behind the report sections: wording, the digest's totals by role, and which
// printed-minutes item answers which card.
import { describe, expect, it } from 'vitest';
import { emptySummary } from '../../../utils/extract/report';
import { digestReports } from '../../../utils/reports/digest';
import { pageHref, purposeLead, sizeText } from '../../../utils/reports/format';
import { matchMinutes } from '../../../utils/reports/match-minutes';
import type { MinutesItem } from '../../../utils/reports/types';
import { makeItem } from '../related/factory';

describe('report wording', () => {
  it('links a PDF page', () => {
    expect(pageHref('https://x.example/documents/s1/Report.pdf?T=9', 4)).toBe(
      'https://x.example/documents/s1/Report.pdf?T=9#page=4',
    );
    expect(pageHref('https://x.example/r.pdf#page=1', 2)).toBe('https://x.example/r.pdf#page=2');
  });
  it('says sizes the way the page does', () => {
    expect(sizeText(48 * 1024 * 1024)).toBe('48 MB');
    expect(sizeText(700_000)).toBe('684 KB');
  });
  it('keeps the purpose to one or two sentences', () => {
    expect(purposeLead('To seek approval for the plan. It covers five years.  A third sentence here.')).toBe(
      'To seek approval for the plan. It covers five years.',
    );
    expect(purposeLead('x'.repeat(500)).length).toBeLessThanOrEqual(361);
  });
});

describe('digest of the reports read', () => {
  it('counts reports and recommendations and sums each report’s distinct figures by role', () => {
    const a = {
      ...emptySummary(3),
      recommendations: [{ number: '1', text: 'a', page: 2 }],
      figures: [
        { amount: 2_400_000, text: '', role: 'capital' as const, page: 2 },
        { amount: 2_400_000, text: '', role: 'capital' as const, page: 3 },
        { amount: 150_000, text: '', role: 'saving' as const, page: 3 },
      ],
    };
    const b = {
      ...emptySummary(2),
      recommendations: [
        { number: '1', text: 'b', page: 1 },
        { number: '2', text: 'c', page: 1 },
      ],
      figures: [{ amount: 100_000, text: '', role: 'capital' as const, page: 1 }],
    };
    expect(digestReports([a, b])).toEqual({
      reports: 2,
      recommendations: 3,
      money: [
        { role: 'capital', amount: 2_500_000 },
        { role: 'saving', amount: 150_000 },
      ],
    });
  });
});

describe('printed minutes to cards', () => {
  const m = (number: string | null, title: string, decided = true): MinutesItem => ({
    number,
    title,
    resolution: decided ? { text: `${title} agreed.`, parts: [] } : null,
    resolutionPage: 1,
    actions: [],
    actionPages: [],
  });
  it('matches by number, then by title, and skips items with nothing decided', () => {
    const items = [
      makeItem({ number: '41', title: 'Apologies' }),
      makeItem({ number: '42', title: 'Toilets' }),
      makeItem({ number: null, title: 'Markets Strategy' }),
    ];
    const got = matchMinutes(items, [
      m('41', 'Apologies', false),
      m('42.', 'Public toilets'),
      m('7', 'MARKETS STRATEGY'),
    ]);
    expect(Object.keys(got)).toEqual(['1', '2']);
    expect(got[1].title).toBe('Public toilets');
    expect(got[2].number).toBe('7');
  });
});
