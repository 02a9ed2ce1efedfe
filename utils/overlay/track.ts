// What a Track click sends: a complete FollowUpSource, so the tracker can reopen the page at the
// quoted text. Pure: built from the parsed page, never from the live DOM.
import type { AgendaItem, DueDate, FollowUpKind, NewFollowUp, ParsedPage } from '../types';

export interface TrackRequest {
  index: number;
  kind: FollowUpKind;
  text: string;
  due?: DueDate;
  owner?: string | null;
  /** Identifies the button for its acknowledgement ("3:action:1"). */
  key: string;
}

export function buildFollowUp(page: ParsedPage, item: AgendaItem, req: TrackRequest): NewFollowUp {
  const at = item.text.indexOf(req.text.slice(0, 60));
  return {
    kind: req.kind,
    text: req.text,
    due: req.due ?? null,
    owner: req.owner ?? null,
    source: {
      url: page.url,
      host: page.host,
      pageKey: page.pageKey,
      pageKind: page.pageKind,
      committee: page.meeting.committee,
      meetingDate: page.meeting.meetingDate,
      itemNumber: item.number,
      itemTitle: item.title,
      agendaItemId: item.agendaItemId,
      quote: req.text,
      position: at >= 0 ? at : req.index,
    },
  };
}
