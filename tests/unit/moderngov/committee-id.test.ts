import { describe, expect, it } from 'vitest';
import { readCommitteeId } from '../../../utils/moderngov/committee-id';
import { earlierMeetingsUrl } from '../../../utils/moderngov/urls';

// Short hand-written samples in the shape of a real meeting page's breadcrumb and title (a
// Kingston page: `nav#breadcrumb-holder` → mgCommitteeDetails.aspx?ID=, ieListMeetings.aspx?CommitteeId=).
const doc = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');

describe('readCommitteeId', () => {
  it.each([
    [
      'the breadcrumb',
      '<nav><ul><li><a href="mgCommitteeDetails.aspx?ID=711">Committee details</a></li><li><a href="ieListMeetings.aspx?CommitteeId=711">Meetings</a></li></ul></nav>',
      'https://x.gov.uk/ieListDocuments.aspx?MId=1',
      '711',
    ],
    [
      'the title link',
      '<h2 class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID=42">Cabinet - Monday, 3 July 2023</a></h2>',
      'https://x.gov.uk/ieListDocuments.aspx?MID=1',
      '42',
    ],
    [
      'past the constitution menu link',
      '<a href="ieListMeetings.aspx?CId=686&info=1&MD=Constitution">Constitution</a><a href="ieListMeetings.aspx?CId=90">Meetings</a>',
      'https://x.gov.uk/ieListDocuments.aspx?MId=1',
      '90',
    ],
    [
      'nothing',
      '<a href="mgListCommittees.aspx?bcr=1">Committees</a>',
      'https://x.gov.uk/ieListDocuments.aspx?MId=1',
      null,
    ],
  ])('reads the committee from %s', (_, html, url, cid) => {
    expect(readCommitteeId(doc(html))).toBe(cid);
    expect(new URL(url).searchParams.has('CId')).toBe(false);
  });

  it('builds the "earlier meetings" list URL up to the end of a day', () => {
    expect(earlierMeetingsUrl('https://x.gov.uk/modernGov/', '711', '2023-06-20')).toBe(
      'https://x.gov.uk/modernGov/ieListMeetings.aspx?CId=711&Act=earlier&D=202306202359&MD=ielistmeetings',
    );
  });
});
