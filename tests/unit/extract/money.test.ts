// Money with its meaning: a role per £ figure from its own clause, and only sums a decision
// approves to spend are totalled (a valuation, a historic figure or a quoted budget never is).
import { describe, expect, it } from 'vitest';
import { approvedSpendOf, moneyMentions } from '../../../utils/extract/money';
import { digestData } from '../../../utils/overlay/digest-data';
import type { AgendaItem, Meeting } from '../../../utils/types';

const role = (s: string) => moneyMentions(s).map((m) => m.role);

describe('money roles', () => {
  it.each([
    ['The site was valued at £2.4m by the District Valuer.', 'valuation'],
    ['Band D council tax will rise to £1,850.', 'council-tax'],
    ['The scheme will cost £350,000 to deliver.', 'cost'],
    ['Savings of £1.2m are required next year.', 'saving'],
    ['An overspend of £400k is forecast.', 'overspend'],
    ['The Council received a grant of £75,000 from Sport England.', 'grant'],
    ['The annual fee is £120 per household.', 'fee'],
    ['The revenue budget of £12m was set in February.', 'budget'],
    ['Parking income reached £900,000.', 'income'],
  ])('%s', (s, want) => {
    expect(role(s)).toEqual([want]);
  });
});

describe('approved to spend', () => {
  it('counts sums a decision approves to spend', () => {
    expect(approvedSpendOf(['That expenditure of £250,000 be approved for the new play area.'])).toBe(250_000);
    expect(approvedSpendOf(['That £4.1m be added to the capital programme for Phase 3.'])).toBe(4_100_000);
  });
  it('never counts a valuation, a historic figure or a quoted budget', () => {
    expect(approvedSpendOf(['That the disposal of the depot, valued at £3m, be approved.'])).toBe(0);
    expect(approvedSpendOf(['That it be noted that £2m was spent on repairs last year.'])).toBe(0);
    expect(approvedSpendOf(['That the revenue budget of £12m be noted.'])).toBe(0);
  });
  it('the digest totals only what decisions approve to spend', () => {
    const item = (resolution: string | null, text = ''): AgendaItem => ({
      number: '1',
      title: 't',
      agendaItem: null,
      pages: null,
      text,
      resolution: resolution ? { text: resolution, parts: [] } : null,
      recommendation: null,
      actions: [],
      references: [],
      documents: [],
      routine: false,
      agendaItemId: null,
      issueId: null,
    });
    const meeting = {
      items: [
        item('That the depot, valued at £3m, be sold.'),
        item('That a contract of £500,000 be awarded to Acme Ltd.'),
        item(null, 'The building cost £9m.'),
      ],
    } as unknown as Meeting;
    expect(digestData(meeting, approvedSpendOf)).toMatchObject({ decisions: 2, approvedSpend: 500_000 });
  });
  it('never throws', () => {
    expect(moneyMentions(null as unknown as string)).toEqual([]);
    expect(moneyMentions('£'.repeat(10_000))).toEqual([]);
  });
});
