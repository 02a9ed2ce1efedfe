import { describe, expect, it } from 'vitest';
import {
  issueHistoryUrl,
  itemAnchorUrl,
  meetingUrl,
  meetingsListUrl,
  modernGovBase,
  webServiceMeetingUrl,
  webServiceMeetingsUrl,
} from '../../../utils/moderngov/urls';

describe('ModernGov URLs', () => {
  const page = 'https://democracy.example.gov.uk/modernGov/ieListDocuments.aspx?CId=135&MId=525&Ver=4#AI1';
  const base = modernGovBase(page);

  it('builds every page against the site directory, keeping the sub-path', () => {
    expect(base).toBe('https://democracy.example.gov.uk/modernGov/');
    expect(meetingUrl(base, '135', '526')).toBe(
      'https://democracy.example.gov.uk/modernGov/ieListDocuments.aspx?CId=135&MId=526',
    );
    expect(meetingsListUrl(base, '135')).toBe('https://democracy.example.gov.uk/modernGov/ieListMeetings.aspx?CId=135');
    expect(issueHistoryUrl(base, '2635')).toBe(
      'https://democracy.example.gov.uk/modernGov/mgIssueHistoryHome.aspx?IId=2635',
    );
  });

  it('escapes ids taken from pages', () => {
    expect(meetingsListUrl(base, '1&Act=x')).toBe(
      'https://democracy.example.gov.uk/modernGov/ieListMeetings.aspx?CId=1%26Act%3Dx',
    );
  });

  it('gives the web service day-first dates (UTC)', () => {
    const url = webServiceMeetingsUrl(base, '135', new Date('2016-01-05T23:30:00Z'), new Date('2026-11-29T00:10:00Z'));
    expect(url).toBe(
      'https://democracy.example.gov.uk/modernGov/mgWebService.asmx/GetMeetings?lCommitteeId=135&sFromDate=05/01/2016&sToDate=29/11/2026',
    );
    expect(webServiceMeetingUrl(base, '526')).toBe(
      'https://democracy.example.gov.uk/modernGov/mgWebService.asmx/GetMeeting?lMeetingId=526',
    );
  });

  it('points at an item with #AI<id>, or drops the fragment when there is none', () => {
    expect(itemAnchorUrl(page, '1551')).toBe(
      'https://democracy.example.gov.uk/modernGov/ieListDocuments.aspx?CId=135&MId=525&Ver=4#AI1551',
    );
    expect(itemAnchorUrl(page, null)).toBe(
      'https://democracy.example.gov.uk/modernGov/ieListDocuments.aspx?CId=135&MId=525&Ver=4',
    );
  });
});
