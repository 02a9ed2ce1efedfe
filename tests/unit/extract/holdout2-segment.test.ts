// Numbered-item shapes met on councils the engine was not tuned on (holdout2). Every sample is
// written here by hand (invented places and people) to pin one shape of council text.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';
import { headingCased, inlineHeading, runOnHeading } from '../../../utils/extract/titles';

const items = (t: string) => extractDocument(t).parts[0]?.items ?? [];
const numbered = (t: string) => items(t).map((i) => [i.number, i.title]);

describe('number, heading and text on one line', () => {
  it('parish minutes: "1. APOLOGIES: had been received …"', () => {
    const t = [
      'Minutes of the Parish Council meeting held on 3rd March 2023 in the Village Hall.',
      'PRESENT: Cllr A. Brook (Chair), Cllr B. Fenn, Mrs C. Hale (Clerk).',
      '1. APOLOGIES: had been received from Cllr Reed.',
      '2. DECLARATIONS OF INTEREST: None were declared.',
      '3. MINUTES OF THE MEETING HELD ON 6th January 2023: These were approved and signed as a true record.',
      '4. COUNTY COUNCIL: COUNTY COUNCILLOR’S REPORT: The report would be put on the parish website.',
      '5. Footpaths: the stile on the bridleway had been mended by the landowner.',
    ].join('\n\n');
    expect(numbered(t)).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'DECLARATIONS OF INTEREST'],
      ['3', 'MINUTES OF THE MEETING HELD ON 6th January 2023'],
      ['4', 'COUNTY COUNCIL: COUNTY COUNCILLOR’S REPORT'],
      ['5', 'Footpaths'],
    ]);
    expect(items(t)[2].text).toMatch(/^These were approved/);
  });

  it('reads the heading off the line, and not a decision or a list', () => {
    expect(inlineHeading('APOLOGIES: had been received from Cllr Reed.')).toEqual({
      title: 'APOLOGIES',
      body: 'had been received from Cllr Reed.',
      caps: true,
    });
    expect(inlineHeading('RESOLVED: that the minutes be signed.')).toBeNull();
    expect(inlineHeading('PRESENT: CLLR BROOK, CLLR FENN')).toBeNull();
    expect(inlineHeading('The Clerk reported: the grant had been paid.')).toBeNull();
  });
});

describe('number set apart from its title by a run of spaces', () => {
  it('a printed decision sheet with one item', () => {
    const t = [
      'Decision Session - Executive Member for Parks',
      'Tuesday, 4 May 2021',
      'Set out below is a summary of the decisions taken at the meeting held on Tuesday, 4 May 2021.',
      '6.            Friends of Elm Meadow – Grant Agreement',
      'Resolved: The Executive Member approved the grant set out in the report.',
      'Reason: To support volunteers who look after the meadow.',
      'End of Sheet',
    ].join('\n\n\n');
    expect(numbered(t)).toEqual([['6', 'Friends of Elm Meadow – Grant Agreement']]);
    expect(items(t)[0].resolution?.text).toMatch(/approved the grant/);
  });

  it('list points spaced the same way are not headings', () => {
    expect(headingCased('Friends of Elm Meadow – Grant Agreement')).toBe(true);
    expect(headingCased('CORPORATE PLAN')).toBe(true);
    expect(headingCased('Note the outcome of the consultation on the Parks Plan')).toBe(false);
    expect(headingCased('To receive a further update in six months.')).toBe(false);
    const t = [
      'Cabinet decision',
      'The Cabinet RESOLVED:',
      '1.    Note the outcome of the consultation regarding the Parks Plan',
      '2.    Agree the three priorities set out in the plan and their actions',
    ].join('\n\n');
    expect(items(t).every((i) => i.number === null)).toBe(true);
  });
});

describe('what follows a numbered heading', () => {
  it('roman-numeral paragraphs under a minute do not stop the numbering', () => {
    const t = [
      'Minutes of the meeting of the Parish Council held on Tuesday 10th March 2009',
      '12 Apologies for absence.',
      'Cllr Jones',
      '13 Matters Arising',
      'i. The Parish Council discussed the quotations for the bus shelter and agreed to accept the lower one.',
      '14 Finance',
      'i. The Clerk reported the balances.',
      'ii. Two cheques were signed.',
      '15 Planning',
      'i. Mill Cottage – the Clerk reported that the application had been approved.',
    ].join('\n\n');
    expect(numbered(t)).toEqual([
      ['12', 'Apologies for absence.'],
      ['13', 'Matters Arising'],
      ['14', 'Finance'],
      ['15', 'Planning'],
    ]);
  });

  it('a page cut off in the last title still has its last item', () => {
    const t = [
      'Agenda and decisions',
      '1.',
      'APOLOGIES',
      'Decision:',
      'None.',
      '2.',
      'HOUSING STRATEGY pdf icon PDF 80 KB',
      'Decision:',
      'That the strategy be adopted.',
      '3.',
      'BUDGET MONITORING REPORT TO THE END OF',
    ].join('\n\n');
    expect(numbered(t)).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'HOUSING STRATEGY'],
      ['3', 'BUDGET MONITORING REPORT TO THE END OF'],
    ]);
  });

  it('"(a) To receive …" under a heading is a sub-point, not an item titled by the heading', () => {
    const t = [
      'No. Item',
      '11.',
      'APOLOGIES',
      'Minutes:',
      'There were no apologies.',
      '12.',
      'ANNOUNCEMENTS',
      '(a) To receive announcements from the Mayor, the Chief Executive or the Head of Legal Services;',
      '(b) To receive announcements from the Leader or Committee Chairs.',
      'Additional documents:',
      'Minutes:',
      'The Mayor -',
      '(a)',
      'Former Councillor Mary Stone',
      'reported that Mrs Stone had died.',
    ].join('\n\n');
    expect(numbered(t)).toEqual([
      ['11', 'APOLOGIES'],
      ['12', 'ANNOUNCEMENTS'],
    ]);
  });
});

describe('printed minutes that run the heading into the text', () => {
  it('Scottish minutes: "2 Minutes of Previous Meeting The minutes of … were submitted"', () => {
    const t = [
      'GLENBURN AREA COMMITTEE',
      'Minutes of meeting held in the Burgh Hall, Glenburn on 6 March 2019',
      'Chair: Councillor Ann Muir',
      '1 Declaration of Interests The following interest was declared:- Councillor Muir, Item 3, known to applicant',
      '2 Minutes of Previous Meeting The minutes of the meeting of the Glenburn Area Committee held on 4 December 2018 were submitted for approval as a correct record.',
      'The Committee decided: that the minutes be approved as a correct record.',
      '3 Application P/19/0101 – Erection of Two Houses and Associated Parking at Mill Road, Glenburn A report dated 1 February 2019 by the Executive Director was submitted on the application.',
    ].join('\n\n');
    expect(numbered(t)).toEqual([
      ['1', 'Declaration of Interests'],
      ['2', 'Minutes of Previous Meeting'],
      ['3', 'Application P/19/0101 – Erection of Two Houses and Associated Parking at Mill Road, Glenburn'],
    ]);
    expect(items(t)[1].resolution?.text).toMatch(/minutes be approved/);
  });

  it('an unnumbered decision before the first minute is an item of its own', () => {
    const t = [
      'GLENBURN AREA COMMITTEE',
      'Minutes of meeting held in the Burgh Hall, Glenburn on 6 March 2019',
      'Councillors Present: Councillor Ann Muir, Councillor Rab Kerr',
      'Order of Business The Committee decided: that the items of business be dealt with in the order minuted below.',
      '1 Declaration of Interests The following interest was declared:- Councillor Muir, Item 3',
      '2 Minutes of Previous Meeting The minutes of the meeting held on 4 December 2018 were submitted for approval.',
    ].join('\n\n');
    expect(numbered(t)).toEqual([
      [null, 'Order of Business'],
      ['1', 'Declaration of Interests'],
      ['2', 'Minutes of Previous Meeting'],
    ]);
    expect(items(t)[0].resolution?.text).toMatch(/order minuted below/);
  });

  it('only a Title Case heading followed by a sentence with a verb splits', () => {
    expect(runOnHeading('Minutes of Previous Meeting The minutes were approved.')?.title).toBe(
      'Minutes of Previous Meeting',
    );
    expect(runOnHeading('Budget update from the officers. The report was noted.')).toBeNull();
    expect(runOnHeading('Route A Improvements')).toBeNull();
    expect(runOnHeading('the council agreed that the plan was needed The end')).toBeNull();
  });
});

describe('two-column PDF residue', () => {
  it('a minute number stranded in the attendance list takes the heading after the list', () => {
    const names = ['Mr A Baker', 'Mrs C Dale', 'Mr E Frost', 'Ms G Hill', 'Mr J King', 'Mrs L Moss'];
    const t = [
      'TOWN COUNCIL',
      'Minutes of a meeting of the Town Council held on 4 October 2012 at the Guildhall.',
      'Members Present:',
      ...names.slice(0, 3),
      'Officers in',
      'Attendance:',
      '12.',
      ...names.slice(3),
      'The Town Clerk and the Deputy Clerk',
      'MAYOR’S COMMUNICATIONS',
      'The Mayor thanked everyone who had helped at the carnival.',
      '13.',
      'DECLARATIONS OF INTEREST',
      'None were declared.',
      '14.',
      'APOLOGIES FOR ABSENCE',
      'Apologies were received from Mr N Owen.',
    ].join('\n');
    expect(numbered(t)).toEqual([
      ['12', 'MAYOR’S COMMUNICATIONS'],
      ['13', 'DECLARATIONS OF INTEREST'],
      ['14', 'APOLOGIES FOR ABSENCE'],
    ]);
  });
});
