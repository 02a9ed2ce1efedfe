// Builders for related-index tests: small ParsedPages with just the fields that matter.
import { meetingKey } from '../../../utils/moderngov/keys';
import type { AgendaItem, FollowUp, ParsedPage, Reference } from '../../../utils/types';

let dbCounter = 0;
/** A fresh database name per test (fake-indexeddb lives for the whole file). */
export const freshDbName = () => `scrutineer-index-test-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

export function makeItem(over: Partial<AgendaItem> & { title: string }): AgendaItem {
  return {
    number: null,
    agendaItem: null,
    pages: null,
    text: '',
    resolution: null,
    recommendation: null,
    actions: [],
    references: [],
    documents: [],
    routine: false,
    agendaItemId: null,
    issueId: null,
    ...over,
  };
}

export function ref(meetingDate: string | null, over: Partial<Reference> = {}): Reference {
  return {
    kind: 'minutes-of-meeting',
    text: `minutes of the meeting held on ${meetingDate}`,
    meetingDate,
    committee: null,
    minute: null,
    ...over,
  };
}

export function makePage(opts: {
  host?: string;
  mid: string;
  cid?: string;
  committee?: string | null;
  date: string | null;
  items: AgendaItem[];
}): ParsedPage {
  const host = opts.host ?? 'democracy.example.gov.uk';
  const cid = opts.cid ?? '433';
  const url = `https://${host}/ieListDocuments.aspx?CId=${cid}&MId=${opts.mid}&Ver=4`;
  return {
    url,
    host,
    pageKey: meetingKey(host, opts.mid),
    pageKind: 'meeting',
    heading: 'Agenda and minutes',
    meeting: {
      kind: 'minutes',
      committee: opts.committee === undefined ? 'People and Health Overview Committee' : opts.committee,
      meetingDate: opts.date,
      time: null,
      venue: null,
      status: null,
      items: opts.items,
      documents: [],
    },
    ids: { cid, mid: opts.mid },
    history: [],
  };
}

export function makeFollowUp(
  over: Omit<Partial<FollowUp>, 'source'> & { id: string; source: Partial<FollowUp['source']> },
): FollowUp {
  const host = over.source.host ?? 'democracy.example.gov.uk';
  return {
    kind: 'action',
    text: 'An update report be brought back to the committee',
    status: 'Open',
    due: null,
    owner: null,
    notes: [],
    tags: [],
    createdAt: '2023-09-14T10:00:00.000Z',
    updatedAt: '2023-09-14T10:00:00.000Z',
    ...over,
    source: {
      url: `https://${host}/ieListDocuments.aspx?CId=433&MId=100`,
      host,
      pageKey: meetingKey(host, '100'),
      pageKind: 'meeting',
      committee: 'People and Health Overview Committee',
      meetingDate: '2023-09-14',
      itemNumber: '8',
      itemTitle: 'Adult Social Care Charging Policy',
      agendaItemId: null,
      quote: '',
      position: null,
      ...over.source,
    },
  };
}
