// The numbers in the meeting digest: decisions, actions and the £ committed by decisions.
import type { Meeting } from '../types';
import { findMoney } from '../summary/key-figures';

export interface DigestData {
  decisions: number;
  actions: number;
  /** Sum of distinct £ amounts in the decisions (resolutions), in pounds. */
  committed: number;
  items: number;
}

export function digestData(meeting: Meeting): DigestData {
  let decisions = 0;
  let actions = 0;
  let committed = 0;
  for (const item of meeting.items) {
    if (item.resolution) decisions++;
    actions += item.actions.length;
    if (item.resolution) for (const m of findMoney(item.resolution.text)) committed += m.value;
  }
  return { decisions, actions, committed, items: meeting.items.length };
}
