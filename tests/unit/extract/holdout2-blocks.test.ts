// Unnumbered, table and decision-delimited items (utils/extract/blocks.ts and the choice in
// index.ts): one short invented sample per printed shape.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';

const run = (lines: string[]) => extractDocument(lines.join('\n'));
const titles = (lines: string[]) => run(lines).parts.flatMap((p) => p.items.map((i) => i.title));

describe('table rows read as text', () => {
  it('a row title that is one verbless sentence, or ends in ":-" over a list, is kept whole', () => {
    const x = titles([
      'Venue: Town Hall, Millbrook. View directions',
      'No. | Item |',
      'Notification of Substitute Members, if any. Minutes: Councillor Ash substituted for Councillor Birch. |',
      'Declarations of Interests:- · Pecuniary Interests · Other Interests',
      'Minutes: No interests were declared. |',
      'Exclusion of the Press and Public The Chair to move: “That the public be excluded.” Minutes: The Chair moved the exclusion. |',
    ]);
    expect(x).toEqual([
      'Notification of Substitute Members, if any.',
      'Declarations of Interests',
      'Exclusion of the Press and Public',
    ]);
  });

  it('agenda wording set in Title Case is the row title', () => {
    const x = titles([
      'No. | Item |',
      'Apologies for Absence Minutes: None were received. |',
      'To Approve the Minutes of the Previous Meeting. Minutes: RESOLVED: That the minutes be approved. |',
      'To receive any questions from the public. Minutes: There were no questions. |',
    ]);
    expect(x).toEqual(['Apologies for Absence', 'To Approve the Minutes of the Previous Meeting.', '']);
  });

  it('a second "Minutes:" in one row is the next item, its title lost', () => {
    const x = run([
      'No. | Item |',
      'Apologies for Absence Minutes: None were received. |',
      'To Approve the Minutes of the Previous Meeting. Minutes: RESOLVED: That the minutes be approved.',
      'Minutes: RESOLVED:',
      '1) That the Work Programme be approved with the following item added: - Parking review |',
    ]);
    const items = x.parts[0].items;
    expect(items.map((i) => i.title)).toEqual([
      'Apologies for Absence',
      'To Approve the Minutes of the Previous Meeting.',
      '',
    ]);
    expect(items[2].resolution?.text).toMatch(/Work Programme be approved/);
  });

  it('hard-wrapped cells: a wrapped line is no new row, and the decision runs past the line break', () => {
    const x = run([
      'No. | Item | ||||',
      '---|---|---|---|---|---|',
      'Disclosures of Interests. Minutes: The Monitoring Officer gave advice on the interests that',
      'Councillors may have in the business. Minutes: were not required for nil returns and the',
      'following interests were declared by the members present at the meeting this evening. |',
      '|||||',
      'To approve the Minutes of the previous meeting. Minutes: Resolved that the following Minutes be approved and',
      'signed as a correct record: 1)',
      'Annual Meeting of Council held on 3 May',
      '2024. |',
      '|||||',
      'Announcements of the Mayor. Minutes: The Mayor thanked the staff of the library for their work over the',
      'summer and wished the retiring caretaker well for the future. |',
    ]);
    const items = x.parts[0].items;
    expect(items.map((i) => i.title)).toEqual(['Disclosures of Interests.', '', 'Announcements of the Mayor.']);
    expect(items[1].resolution?.text).toMatch(
      /signed as a correct record: 1\) Annual Meeting of Council held on 3 May 2024/,
    );
  });
});

describe('title lines on an unnumbered meeting page', () => {
  it('an item with an empty body does not swallow "Minutes of the Previous Meeting"', () => {
    const x = titles([
      'Full Council - Thursday 3 March 2022 6.00 pm',
      '',
      'No. Item',
      '',
      '',
      'Prayers',
      '',
      'The Reverend Jane Doe said prayers.',
      '',
      '',
      'Declarations of Interest',
      '',
      '',
      '',
      '',
      'Minutes of the Previous Meeting',
      '',
      'To confirm the minutes of the last meeting of the Council.',
      '',
      'RESOLVED – that the minutes of the meeting held on 4 January 2022 be confirmed.',
    ]);
    expect(x).toEqual(['Prayers', 'Declarations of Interest', 'Minutes of the Previous Meeting']);
  });

  it('the page heading "Body - Weekday date time" is not the first item', () => {
    const x = run([
      'Council - Tuesday 5 March 2024 10.30 am',
      '',
      'To receive any apologies for absence.',
      '',
      '',
      'Apologies were received from Cllrs Oak and Elm.',
      '',
      '',
      '',
      'Minutes of Previous Meeting',
      '',
      'To approve the minutes of the last meeting.',
      '',
      'RESOLVED: That the minutes be approved.',
    ]);
    expect(x.parts[0].items.map((i) => i.title)).toEqual(['', 'Minutes of Previous Meeting']);
  });

  it('rows that printed only "Additional documents:" are items', () => {
    const x = titles([
      'Cabinet - Thursday 9 November 2023 1.45 pm',
      '',
      'No. Item',
      '',
      '',
      '',
      'Additional documents:',
      '',
      '',
      '',
      'Additional documents:',
      '',
      '',
      'Councillors Hazel and Rowan.',
      '',
      '',
      '',
      'Public Speaking',
      '',
      'To note any requests to speak.',
      '',
      'Additional documents:',
      '',
      '',
      'There were no public speakers.',
    ]);
    expect(x).toEqual(['', '', 'Public Speaking']);
  });
});

describe('markdown tables with the number in the first column', () => {
  it('numbered and lettered rows are items; section rows are not; the page title says agenda', () => {
    const x = run([
      'Millbrook District Council Agenda - 6 May 2025, 10:00',
      'A meeting to be held at the Civic Centre at 10:00 on 6 May 2025.',
      '| Number | Item |',
      '|---|---|',
      '| Public Session | |',
      '| 1 | Apologies for Absence View Papers |',
      '| 2 | Declarations of Interest - Members should declare any interests they have in the items of business. View Papers |',
      '| 3 | Minutes - View Papers |',
      '| (a) | Confirm Minute of Meeting of the Council held on Tuesday 11 March 2025 (herewith) View Papers |',
      '| (b) | Note Minute of Meeting of the Audit Committee held on Monday 3 March 2025 (herewith) View Papers |',
      '| Items for Decision | |',
      '| 4 | Library Opening Hours - Report by Head of Service (herewith) View Papers |',
    ]);
    expect(x.parts[0].kind).toBe('agenda');
    expect(x.parts[0].items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Declarations of Interest'],
      ['3', 'Minutes'],
      ['a', 'Confirm Minute of Meeting of the Council held on Tuesday 11 March 2025 (herewith)'],
      ['b', 'Note Minute of Meeting of the Audit Committee held on Monday 3 March 2025 (herewith)'],
      ['4', 'Library Opening Hours - Report by Head of Service (herewith)'],
    ]);
    expect(x.parts[0].items[3].references.map((r) => r.meetingDate)).toEqual(['2025-03-11']);
  });
});

describe('items delimited by their decisions', () => {
  it('headings lost, each item ends with its "DECIDED:" line and its parts', () => {
    const x = run([
      '3 Mar 2025 - 10:00 to 12:00',
      'Items Of Business',
      'There were submitted the Minutes of the meetings of the Council and its Boards:',
      'Council, 4 February 2025',
      'Leadership Board, 11 February 2025',
      '',
      'DECIDED: That the Minutes be approved.',
      'Hear from the Provost',
      'The Provost reported on the civic engagements she had attended since the last meeting.',
      '',
      'DECIDED:',
      '(a) that the update be noted; and',
      '(b) that the Provost be thanked.',
      '',
      'Report by Director of Finance',
      'There was submitted a report on the Treasury Management Strategy for the coming year.',
    ]);
    const items = x.parts[0].items;
    expect(items.map((i) => i.title)).toEqual(['', '', '']);
    expect(items.map((i) => i.resolution?.text ?? null)).toEqual([
      'That the Minutes be approved.',
      expect.stringMatching(/^\(a\) that the update be noted; and\s+\(b\) that the Provost be thanked\.$/),
      null,
    ]);
  });

  it('a single decision does not split a page', () => {
    const x = run([
      'Items Of Business',
      'The Board considered a report on the refurbishment of the swimming pool at Oakfield.',
      'DECIDED: That the report be noted.',
      'The Chair thanked officers for the report.',
    ]);
    expect(x.parts[0].items.length).toBeLessThanOrEqual(1);
  });
});

describe('one paragraph a line, no blank lines', () => {
  it('titles, agenda wording and outcomes; a section heading is no item', () => {
    const x = run([
      'Public Session',
      'Urgent Business (if any)',
      'To dispose of any business required by statute to be brought before the Council.',
      'There was no urgent business.',
      'To approve the Minutes of the meeting of Council held on 4 March 2025.',
      'RESOLVED: That the minutes of the meeting of Council held on 4 March 2025 be approved.',
      'To receive any apologies for non-attendance.',
      'Apologies were received from Councillor A Birch and Councillor C Dale.',
      'Declarations of Interest',
      'To receive any declarations of interest.',
      'There were no declarations of interest.',
      'Report of the Leader of the Council',
      'Members received and noted the report of the Leader of the Council.',
    ]);
    const items = x.parts[0].items;
    expect(items.map((i) => i.title)).toEqual([
      'Urgent Business (if any)',
      '',
      '',
      'Declarations of Interest',
      'Report of the Leader of the Council',
    ]);
    expect(items[1].resolution?.text).toMatch(/^That the minutes of the meeting of Council held on 4 March 2025/);
  });

  it('hard-wrapped text without blank lines is not read one line an item', () => {
    const x = run([
      'The Committee considered the report of the Head of Planning about the',
      'Proposed Development at Land North of Station Road in the parish of',
      'Little Hayfield which had been deferred at the last meeting for a site',
      'Visit by Members of the Committee and the Ward Councillor who attended',
      'RESOLVED: That planning permission be granted subject to conditions.',
    ]);
    expect(x.parts.flatMap((p) => p.items).length).toBeLessThanOrEqual(1);
  });
});

describe('an unnumbered row above the first numbered item', () => {
  const page = (row: string) =>
    run([
      'Agenda',
      '',
      'Oakfield Local Committee',
      'Thursday, 4th September, 2025 7.00 pm',
      '',
      'No. Item',
      '',
      row,
      '',
      '1.',
      '',
      'Welcome and introductions',
      '',
      '2.',
      '',
      'Apologies for absence',
      '',
      '3.',
      '',
      'Minutes of the previous meeting pdf icon PDF 75 KB',
      '',
      'To approve as a correct record the minutes of the meeting held on 5 June 2025.',
    ]).parts[0].items.map((i) => [i.number, i.title]);

  it('is an item when it carries its report link', () => {
    expect(page('Declarations of interest pdf icon PDF 41 KB')[0]).toEqual([null, 'Declarations of interest']);
  });

  it('is a section heading without one', () => {
    expect(page('STANDARD ITEMS')[0]).toEqual(['1', 'Welcome and introductions']);
  });
});
