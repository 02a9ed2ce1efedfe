// Segmentation shapes found on pages from councils the engine was not tuned on. Each sample is
// written here by hand to pin one shape; none is copied from a real page.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';

const items = (t: string) => extractDocument(t).parts[0]?.items ?? [];

describe('segmentation shapes', () => {
  it('a numbered heading ending ";" is an item; the attendance list above it is not', () => {
    const names = ['Adams', 'Bell', 'Cole', 'Dunn', 'Eve', 'Ford', 'Gray'].map((n) => `Cllr ${n}`).join('\n\n');
    const t = `Borough Council\n\nMinutes of a meeting of the Council held on\n\nMonday, 3rd April, 2023 at 10.00 am\n\nPresent:\n\nChairman Cllr Reed\n\n${names}\n\nIn attendance:\n\nOfficers:\n\nHead of Finance\n\nLegal Officer\n\n1. Election of the Mayor;\n\nRESOLVED\n\nThat Cllr Bell be elected Mayor for the coming year.\n\n2. Address by the New Mayor\n\nThe Mayor thanked the members for their support.\n`;
    expect(items(t).map((i) => [i.number, i.title])).toEqual([
      ['1', 'Election of the Mayor'],
      ['2', 'Address by the New Mayor'],
    ]);
  });

  it('an attendance list is never read as items, even with no numbered heading', () => {
    const names = ['Adams', 'Bell', 'Cole', 'Dunn', 'Eve', 'Ford', 'Gray', 'Hart'].map((n) => `Cllr ${n}`).join('\n\n');
    const got = items(
      `Town Council\n\nPresent:\n\n${names}\n\nOfficers:\n\nTown Clerk\n\nFinance Officer\n\nCommunity Grants\n\nThe committee approved three grants.\n`,
    );
    expect(got.some((i) => /^Cllr\b/.test(i.title) || i.title === 'Town Clerk')).toBe(false);
    expect(got.map((i) => i.title)).toContain('Community Grants');
  });

  it('numbered points under "RESOLVED:" are the decision, not the page numbering', () => {
    const t =
      'No. Item\n\nApologies\n\nTo receive apologies for absence.\n\nAdditional documents:\n\nThere were no apologies.\n\nWork Programme pdf icon PDF 120 KB\n\nTo receive the report of the Director on the work programme.\n\nAdditional documents:\n\nThe Director presented the programme.\n\nThe Cabinet RESOLVED:\n\n1. To approve the work programme for the year; and\n\n2. To receive a further update in six months.\n\nBudget Update pdf icon PDF 98 KB\n\nTo receive the budget report.\n\nAdditional documents:\n\nThe Cabinet noted the report.\n';
    const got = items(t);
    expect(got.map((i) => i.number)).toEqual([null, null, null]);
    expect(got.map((i) => i.title)).toEqual(['Apologies', 'Work Programme', 'Budget Update']);
    expect(got[1].resolution?.text).toMatch(/work programme/);
  });

  it('an "Issue - decisions" page is one item per dated line, dated by it', () => {
    const p = extractDocument(
      'Decisions for issue Renewal of the parks contract\nIssue - decisions\nRenewal of the parks contract\n12/05/2022 - Renewal of the parks contract\nThe committee considered the report.\n(1) that the contract be renewed for two years;\n(2) that the Director report back in a year.\n',
    ).parts[0];
    expect(p.items.map((i) => i.title)).toEqual(['Renewal of the parks contract']);
    expect(p.meetingDate).toBe('2022-05-12');
  });

  it('"Reason for decision" is a section, and a cut-off last line is not an item', () => {
    const t =
      'No. Item\n\nHousing Strategy pdf icon PDF 100 KB\n\nReport of the Director.\n\nAdditional documents:\n\nDecision taken\n\nThe Cabinet approved the strategy as set out in the report.\n\nReason for decision\n\nTo meet the housing needs of the borough over the next five years and beyond that period.\n\nParking Review pdf icon PDF 80 KB\n\nReport of the Head of Transport.\n\nAdditional documents:\n\nThe Head of Transport set out the findings of the parking review and the options for the town centre car parks.\n\nThe Head of Transport said th';
    expect(items(t).map((i) => i.title)).toEqual(['Housing Strategy', 'Parking Review']);
  });

  it('table rows whose header row was cut off: title, agenda wording and outcome in one row', () => {
    const t =
      'Apologies To receive apologies for absence. Minutes: There were no apologies. |\n' +
      'To receive the minutes of the meeting held on 2 May 2023. Minutes: The Panel RESOLVED to approve the minutes as a correct record.\n' +
      'Bus Services Review PDF 90 KB To receive the report of the Head of Transport. Minutes: Members noted the Bus Services Review. |\n' +
      'Town Centre Plan To consider the draft plan. Additional documents: Minutes:\n' +
      'The Head of Planning introduced the draft plan.\n';
    const got = items(t);
    expect(got.map((i) => i.title)).toEqual(['Apologies', '', 'Bus Services Review', 'Town Centre Plan']);
    expect(got[1].resolution?.text).toMatch(/^to approve the minutes/);
    expect(got[2].resolution?.text).toBe('Members noted the Bus Services Review.');
  });

  it('each "Additional documents:" label after an outcome opens the next untitled item', () => {
    const t =
      'No. Item\n\nTo confirm the minutes of the meeting held on 1 July 2024.\n\nAdditional documents:\n\nThe minutes were approved as a correct record.\n\nAdditional documents:\n\nThere were no apologies.\n\nReport of the Director of Finance on the budget.\n\nAdditional documents:\n\nThe Cabinet noted the budget report.\n\nTo consider the items in the Forward Plan:-\n\nAdditional documents:\n\nThe following items were considered:\n\nFP101 Leisure Contract pdf icon PDF 80 KB\n\nReport of the Chief Executive.\n\nAdditional documents:\n\nThe Cabinet approved the award of the leisure contract.\n';
    const got = items(t);
    expect(got.map((i) => i.title)).toEqual(['', '', '', '', 'FP101 Leisure Contract']);
    expect(got[2].resolution?.text).toBe('The Cabinet noted the budget report.');
    expect(got[4].resolution?.text).toMatch(/approved the award/);
  });

  it('one-line rows with no "|" at all: "Title blurb Minutes: outcome"', () => {
    const t =
      'Apologies To receive any apologies for absence. Minutes: Apologies were received from Cllr Long.\n' +
      'Declarations of Interest Members are required to declare any interests. Minutes: There were no declarations.\n' +
      'To consider the minutes of the meeting held on 3 March 2022. Minutes: That the minutes be approved as a correct record.\n' +
      'Open Forum Half an hour is set aside for public questions. Minutes: No questions were raised.\n';
    const got = items(t);
    expect(got.map((i) => i.title)).toEqual(['Apologies', 'Declarations of Interest', '', 'Open Forum']);
    expect(got[2].resolution?.text).toBe('That the minutes be approved as a correct record.');
  });

  it('a wide gap sets an untitled row apart when the page keeps its table layout in its gaps', () => {
    const t =
      'No. Item\n\n\n\nApologies\n\n\nApologies were received from Cllr Long.\n\n\nCllr Short also sent apologies.\n\n\n\n\n' +
      'The Cabinet Member presented the report on school places.\n\n\nCouncil resolved to accept the recommendation.\n\n\n\n\n' +
      'Additional documents:\n\n\nThe Leader presented the budget report.\n';
    const got = items(t);
    expect(got.map((i) => i.title)).toEqual(['Apologies', '', '']);
    expect(got[1].resolution?.text).toMatch(/accept the recommendation/);
  });

  it('parish agenda wording run on into the minute, glued by PDF text', () => {
    const t =
      '  2. To record declarations of interest\n    None were received.\n  3. To approve the Minutes of the last Committee meetingThe minutes of the meeting of 18thMarch 2013were agreed as being a correct record.\n  4. Village Footpaths\n    No reply yet.\n';
    const got = items(t);
    expect(got.map((i) => [i.number, i.title])).toEqual([
      ['2', 'To record declarations of interest'],
      ['3', 'To approve the Minutes of the last Committee meeting'],
      ['4', 'Village Footpaths'],
    ]);
    expect(got[1].resolution?.text).toBe(
      'The minutes of the meeting of 18th March 2013 were agreed as being a correct record.',
    );
  });

  it('Northern Irish minute numbers with a letter and the year: C213/16, C/017/2020', () => {
    const t =
      'Minutes of Meeting of the District Council held on Thursday 27 October 2016\n\nThe meeting commenced at 7pm\n\nC213/16 Apologies\n\nCouncillors Ash, Burton and Doris.\n\nC214/16 Declarations of Interest\n\nNone.\n\nC215/16 Chair’s Business\n\nThe Chair welcomed members.\n';
    expect(items(t).map((i) => [i.number, i.title])).toEqual([
      ['C213/16', 'Apologies'],
      ['C214/16', 'Declarations of Interest'],
      ['C215/16', 'Chair’s Business'],
    ]);
    expect(items('C/017/2020 APOLOGIES AND CHAIR’S REMARKS\n\nThe Chair welcomed everyone.\n')[0].number).toBe(
      'C/017/2020',
    );
  });

  it('header lines of printed minutes are never unnumbered items', () => {
    const t =
      'DISTRICT &\n\nNMD/C/\n\nIn the Chair: Councillor A Casey\n\nRepresentatives from Other Bodies in Attendance\n\nWater Service: Ms Adams, Officer\n\nHousing Review\n\nThe Council noted the review of housing allocations across the district.\n\nParks Update\n\nThe Council noted the parks update for the summer season.\n\nCemeteries\n\nThe Council noted the cemetery fees.\n';
    const titles = items(t).map((i) => i.title);
    expect(titles).not.toContain('DISTRICT &');
    expect(titles).not.toContain('NMD/C/');
    expect(titles.some((x) => /In the Chair/.test(x))).toBe(false);
  });
});
