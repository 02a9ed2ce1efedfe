import { describe, expect, it } from 'vitest';
import {
  committeeKey,
  isMeetingKey,
  issueKey,
  itemKey,
  meetingKey,
  pageKey,
  pageOnlyMeetingKey,
} from '../../../utils/moderngov/keys';
import { readModernGovIds } from '../../../utils/moderngov/urls';

describe('pageKey', () => {
  it('gives one key for every way ModernGov links the same meeting', () => {
    const variants = [
      'https://Democracy.Example.gov.uk/ieListDocuments.aspx?CId=135&MId=525',
      'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=135&MID=525&Ver=4',
      'https://democracy.example.gov.uk/ieListDocuments.aspx?MeetingId=525&bcr=1#AI1551',
      'https://democracy.example.gov.uk/IELISTDOCUMENTS.aspx?cid=135&mid=525',
    ];
    const keys = new Set(variants.map((u) => pageKey(new URL(u))));
    expect([...keys]).toEqual(['democracy.example.gov.uk|meeting|525']);
  });

  it('keys an agenda item the same from mgAi and its decision page', () => {
    expect(pageKey(new URL('https://x.gov.uk/mgAi.aspx?ID=8064'))).toBe(
      pageKey(new URL('https://x.gov.uk/ieDecisionDetails.aspx?AIId=8064')),
    );
  });

  it('keys issue pages by IId whichever issue view is open', () => {
    expect(pageKey(new URL('https://x.gov.uk/mgIssueHistoryHome.aspx?IId=2635&Opt=0'))).toBe(
      pageKey(new URL('https://x.gov.uk/ieIssueDetails.aspx?IId=2635&Opt=3&PlanId=0')),
    );
  });

  it('ignores unrelated query keys and empty values', () => {
    expect(readModernGovIds(new URL('https://x.gov.uk/a.aspx?MId=&bcr=1&Ver=4&CId=7'))).toEqual({ cid: '7' });
  });
});

describe('one key per kind', () => {
  it('normalises host and id once, whoever builds the key', () => {
    expect(meetingKey(' Democracy.Example.gov.uk', 'MID525 ')).toBe('democracy.example.gov.uk|meeting|mid525');
    expect(itemKey('X.gov.uk', '8064')).toBe(pageKey(new URL('https://x.gov.uk/mgAi.aspx?ID=8064')));
    expect(issueKey('x.gov.uk', '2635')).toBe(pageKey(new URL('https://x.gov.uk/mgIssueHistoryHome.aspx?IId=2635')));
    expect(committeeKey('X.gov.uk', 'A1')).toBe('x.gov.uk|committee|a1');
  });

  it('tells meeting keys from the others', () => {
    expect(isMeetingKey(meetingKey('x.gov.uk', '1'))).toBe(true);
    expect(isMeetingKey(itemKey('x.gov.uk', '1'))).toBe(false);
    expect(isMeetingKey(pageOnlyMeetingKey(new URL('https://x.gov.uk/Meetings/Cabinet?date=1')))).toBe(false);
  });
});
