import type { HandlersFor } from '../messages';
import type { FollowUpMessages } from '../storage/messages';
import type { FollowUp } from '../types';

export function followUpHandlers(): HandlersFor<FollowUpMessages> {
  // Minimal in-memory record until the follow-up store lands (issue: tracking).
  const followUps = new Map<string, FollowUp>();
  return {
    async 'followup/add'(payload) {
      const now = new Date().toISOString();
      const id = `${payload.source.pageKey}#${payload.kind}#${payload.text.slice(0, 80)}`;
      const existing = followUps.get(id);
      if (existing) return { ok: true, followUp: existing, created: false };
      const followUp: FollowUp = { id, ...payload, status: 'Open', notes: [], tags: [], createdAt: now, updatedAt: now };
      followUps.set(id, followUp);
      return { ok: true, followUp, created: true };
    },
    async 'followup/list'() {
      return { ok: true, followUps: [...followUps.values()] };
    },
  };
}
