// Messages owned by the follow-up store (answered in utils/background/followup-handlers.ts).
import type { FollowUp, NewFollowUp } from '../types';

export interface FollowUpMessages {
  /** Track an item, resolution, action or recommendation. */
  'followup/add': { req: NewFollowUp; res: { ok: true; followUp: FollowUp; created: boolean } };
  'followup/list': { req: Record<string, never>; res: { ok: true; followUps: FollowUp[] } };
}
