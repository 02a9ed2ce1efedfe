// Segmentation shapes found on pages from councils the engine was not tuned on. Each sample is
// written here by hand to pin one shape; none is copied from a real page.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';

const items = (t: string) => extractDocument(t).parts[0]?.items ?? [];

describe('segmentation shapes', () => {
  it('a numbered heading ending ";" is an item; the attendance list above it is not', () => {
    const names = ['Adams', 'Bell', 'Cole', 'Dunn', 'Eve', 'Ford', 'Gray'].map((n) => `Cllr ${n}`).join('\n\n');
    const t = `Borough Council\n\nMinutes of a meeting of the Council held on\n\nMonday, 3rd April, 2023 at 10.00 am\n\nPresent:\n\nChairman Cllr Reed\n\n${names}\n\nIn attendance:\n\nOfficers:\n\nHead of Finance\n\nLegal Officer\n\n1. Election of the Mayor;\n\nRESOLVED\n\nThat Cllr Bell be elected Mayor for the coming year.\n\n2. Address by the New Mayor\n\nThe Mayor thanked the members for their support.\n`;
    expect(items(t).map((i) => [i.number, i.title])).toEqual([['1', 'Election of the Mayor'], ['2', 'Address by the New Mayor']]);
  });

  it('an attendance list is never read as items, even with no numbered heading', () => {
    const names = ['Adams', 'Bell', 'Cole', 'Dunn', 'Eve', 'Ford', 'Gray', 'Hart'].map((n) => `Cllr ${n}`).join('\n\n');
    const got = items(`Town Council\n\nPresent:\n\n${names}\n\nOfficers:\n\nTown Clerk\n\nFinance Officer\n\nCommunity Grants\n\nThe committee approved three grants.\n`);
    expect(got.some((i) => /^Cllr\b/.test(i.title) || i.title === 'Town Clerk')).toBe(false);
    expect(got.map((i) => i.title)).toContain('Community Grants');
  });

  it('numbered points under "RESOLVED:" are the decision, not the page numbering', () => {
    const t = 'No. Item\n\nApologies\n\nTo receive apologies for absence.\n\nAdditional documents:\n\nThere were no apologies.\n\nWork Programme pdf icon PDF 120 KB\n\nTo receive the report of the Director on the work programme.\n\nAdditional documents:\n\nThe Director presented the programme.\n\nThe Cabinet RESOLVED:\n\n1. To approve the work programme for the year; and\n\n2. To receive a further update in six months.\n\nBudget Update pdf icon PDF 98 KB\n\nTo receive the budget report.\n\nAdditional documents:\n\nThe Cabinet noted the report.\n';
    const got = items(t);
    expect(got.map((i) => i.number)).toEqual([null, null, null]);
    expect(got.map((i) => i.title)).toEqual(['Apologies', 'Work Programme', 'Budget Update']);
    expect(got[1].resolution?.text).toMatch(/work programme/);
  });
});
