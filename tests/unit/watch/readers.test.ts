// What a check reads, through linkedom's DOMParser as in the MV3 service worker: the demo
// committee's GetMeetings XML, its ieListMeetings page and a meeting page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlList, readMeeting, readWsList } from '../../../utils/watch/readers';
import { checkTargets, subjectsFor } from '../../../utils/watch/targets';
import type { SubjectWatch, Watch } from '../../../utils/watch/types';

const site = (p: string) => readFileSync(resolve('tests/fixtures/demo-site', p), 'utf8');
const BASE = 'https://democracy.example.gov.uk/';

describe('watch readers', () => {
  it('reads GetMeetings XML; a count-only or non-XML answer is null', () => {
    const meetings = readWsList(site('webservice/GetMeetings-433.xml'), BASE, '433')!;
    expect(meetings).toHaveLength(12);
    expect(meetings[0]).toMatchObject({
      mid: '5561',
      meetingDate: '2022-10-25',
      url: `${BASE}ieListDocuments.aspx?CId=433&MId=5561`,
    });
    expect(readWsList('<getmeetings><meetingscount>3</meetingscount></getmeetings>', BASE, '433')).toBeNull();
    expect(readWsList('<html><body>Not here</body></html>', BASE, '433')).toBeNull();
  });

  it('reads the meetings list and a meeting page with their item titles', () => {
    const listed = readHtmlList(site('extra/watch/list-published.html'), `${BASE}ieListMeetings.aspx?CId=433`);
    expect(listed[0]).toMatchObject({ mid: '5590', meetingDate: '2023-11-21', cancelled: false });
    expect(listed.filter((m) => m.cancelled).map((m) => m.mid)).toEqual(['5570', '5565']);
    const page = readMeeting(
      site('extra/watch/meeting-5590.html'),
      'html',
      `${BASE}ieListDocuments.aspx?CId=433&MId=5590`,
      null,
    )!;
    expect(page.meeting.committee).toBe('People and Health Overview Committee');
    expect(page.meeting.items.map((i) => i.title)).toContain('Library Service Review and Opening Hours');
    expect(readMeeting('<p>nothing</p>', 'html', `${BASE}ieListDocuments.aspx?CId=433&MId=1`, null)).toBeNull();
  });
});

describe('watch targets', () => {
  const base = { paused: false, createdAt: '2026-01-01T00:00:00Z' };
  const watches: Watch[] = [
    {
      ...base,
      id: 'committee|a.gov.uk|1',
      kind: 'committee',
      origin: 'https://a.gov.uk',
      host: 'a.gov.uk',
      base: 'https://a.gov.uk/',
      cid: '1',
      committee: 'Cabinet',
    },
    {
      ...base,
      id: 'committee|a.gov.uk|2',
      kind: 'committee',
      origin: 'https://a.gov.uk',
      host: 'a.gov.uk',
      base: 'https://a.gov.uk/',
      cid: '2',
      committee: null,
      paused: true,
    },
    {
      ...base,
      id: 'subject|1',
      kind: 'subject',
      words: 'parking',
      origin: 'https://b.gov.uk',
      host: 'b.gov.uk',
      base: 'https://b.gov.uk/mg/',
      cid: '9',
      committee: 'Transport',
    },
    {
      ...base,
      id: 'subject|2',
      kind: 'subject',
      words: 'libraries',
      origin: null,
      host: null,
      base: null,
      cid: null,
      committee: null,
    },
  ];

  it('checks active committees and committee-limited subjects, grouped by host', () => {
    const byHost = checkTargets(watches);
    expect([...byHost.keys()].sort()).toEqual(['a.gov.uk', 'b.gov.uk']);
    expect(byHost.get('a.gov.uk')!.map((t) => t.cid)).toEqual(['1']);
    expect(byHost.get('b.gov.uk')![0]).toMatchObject({ key: 'b.gov.uk|9', base: 'https://b.gov.uk/mg/' });
  });

  it('applies a subject to its scope only', () => {
    const ids = (host: string, cid: string | null) => subjectsFor(watches, host, cid).map((s: SubjectWatch) => s.id);
    expect(ids('a.gov.uk', '1')).toEqual(['subject|2']);
    expect(ids('b.gov.uk', '9')).toEqual(['subject|1', 'subject|2']);
    expect(ids('b.gov.uk', '8')).toEqual(['subject|2']);
  });
});
