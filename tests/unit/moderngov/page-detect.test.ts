import { describe, expect, it } from 'vitest';
import { detectPage, pageKindFromUrl } from '../../../utils/moderngov/page-detect';

const doc = (body: string) =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
const modgov = doc('<header>Council</header><div id="modgov"><div class="mgContent">Agenda</div></div>');

describe('pageKindFromUrl', () => {
  it.each([
    ['https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2', 'meeting'],
    ['https://www.example.gov.uk/modernGov/ieListDocuments.aspx?CId=1&MID=2&Ver=4', 'meeting'],
    ['https://democracy.example.gov.uk/IELISTDOCUMENTS.ASPX?cid=1&mid=2', 'meeting'],
    ['https://example.moderngov.co.uk/mgAi.aspx?ID=48707', 'agenda-item'],
    ['https://example.gov.uk/ieDecisionDetails.aspx?AIId=26045', 'decision'],
    ['https://example.gov.uk/ieIssueDetails.aspx?IId=24087&Opt=3&PlanId=0', 'issue'],
    ['https://example.gov.uk/mgIssueHistoryHome.aspx?IId=2635', 'issue'],
    ['https://example.gov.uk/mgDecisionDetails.aspx?IId=13951&Opt=1', 'issue'],
  ])('%s → %s', (url, kind) => {
    expect(pageKindFromUrl(new URL(url))).toBe(kind);
  });

  it('ignores pages that only mention a ModernGov file in the query or a longer name', () => {
    expect(pageKindFromUrl(new URL('https://example.gov.uk/news?ref=ieListDocuments.aspx'))).toBeNull();
    expect(pageKindFromUrl(new URL('https://example.gov.uk/xieListDocuments.aspx'))).toBeNull();
    expect(pageKindFromUrl(new URL('https://example.gov.uk/ieListMeetings.aspx?CId=1'))).toBeNull();
  });
});

describe('detectPage', () => {
  it('trusts the URL only when the DOM carries a ModernGov marker', () => {
    const url = new URL('https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2');
    expect(detectPage(modgov, url)).toBe('meeting');
    expect(detectPage(doc('<div class="mgContent">x</div>'), url)).toBe('meeting');
    expect(detectPage(doc('<main>Council news</main>'), url)).toBe('unrecognised');
  });

  it('does nothing on pages whose URL is not a ModernGov page we read', () => {
    expect(detectPage(modgov, new URL('https://example.gov.uk/mgWhatsNew.aspx'))).toBeNull();
  });
});
