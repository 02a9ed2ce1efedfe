// The CLI's and scorer's JSON shape: resolution and recommendation as plain strings, actions
// trimmed to text/due/owner (plus kind). Kept apart from the engine so the shape is one decision.
import type { Extraction } from '../types';

export function toCliJson(x: Extraction) {
  return {
    parts: x.parts.map((p) => ({
      kind: p.kind,
      committee: p.committee,
      meetingDate: p.meetingDate,
      time: p.time,
      venue: p.venue,
      status: p.status,
      items: p.items.map((it) => ({
        number: it.number,
        title: it.title,
        agendaItem: it.agendaItem,
        pages: it.pages,
        routine: it.routine,
        resolution: it.resolution?.text ?? null,
        recommendation: it.recommendation?.text ?? null,
        actions: it.actions.map((a) => ({
          text: a.text,
          due: a.due,
          dueText: a.dueText ?? null,
          owner: a.owner,
          kind: a.kind,
          dueBasis: a.dueBasis,
        })),
        references: it.references.map((r) => ({
          text: r.text,
          meetingDate: r.meetingDate,
          committee: r.committee,
          minute: r.minute,
          title: r.title ?? null,
        })),
      })),
    })),
  };
}
