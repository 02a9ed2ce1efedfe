// The numbers in the meeting digest: decisions, actions and the £ the decisions approve to spend.
// Only sums a resolution approves as spending count (utils/extract/money.ts): a valuation, a
// historic figure or a quoted budget is never added, and the digest says "approved to spend".
import type { Meeting } from '../types';
import type { approvedSpendOf } from '../extract/money';

export interface DigestData {
  decisions: number;
  actions: number;
  /** Sum of distinct £ amounts that the decisions (resolutions) approve to spend, in pounds. */
  approvedSpend: number;
  items: number;
}

/** `spendOf` is utils/extract/money.ts's approvedSpendOf, passed in by the page run from the lazily loaded engine. */
export function digestData(meeting: Meeting, spendOf: typeof approvedSpendOf): DigestData {
  let decisions = 0;
  let actions = 0;
  const resolutions: string[] = [];
  for (const item of meeting.items) {
    if (item.resolution) {
      decisions++;
      resolutions.push(item.resolution.text);
    }
    actions += item.actions.length;
  }
  return { decisions, actions, approvedSpend: spendOf(resolutions), items: meeting.items.length };
}
