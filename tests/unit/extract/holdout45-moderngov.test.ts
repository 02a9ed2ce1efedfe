// ModernGov meeting pages read as text (ieListDocuments, mgAi, decision pages): one short invented
// sample per printed shape that the holdout 4 and 5 sets showed the engine misreading.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';

const run = (lines: string[]) => extractDocument(lines.join('\n'));
const items = (lines: string[]) => run(lines).parts.flatMap((p) => p.items);

describe('numbered ModernGov pages', () => {
  it('a lone minute number with a one-letter prefix ("C12/21") above its title is the item number', () => {
    const x = items([
      'Agenda and minutes',
      '',
      'Council - Thursday, 9th March, 2021 6.00 pm',
      '',
      'No. Item',
      '',
      'C12/21',
      '',
      'To receive any Declarations of Interest',
      '',
      'Minutes:',
      '',
      'There were no declarations of interest.',
      '',
      'C13/21',
      '',
      'Minutes of the meeting held on 2 February 2021 pdf icon PDF 104 KB',
      '',
      'Minutes:',
      '',
      'Resolved that the minutes of the meeting held on 2 February 2021 be confirmed.',
      '',
      'C14/21',
      '',
      'Annual Audit Letter pdf icon PDF 74 KB',
      '',
      'Minutes:',
      '',
      'Council received the letter from the auditors.',
    ]);
    expect(x.map((i) => i.number)).toEqual(['C12/21', 'C13/21', 'C14/21']);
    expect(x[1].title).toBe('Minutes of the meeting held on 2 February 2021');
  });
});

describe('unnumbered ModernGov pages', () => {
  const page = (body: string[]) => ['Agenda and minutes', '', 'No. Item', '', '', ...body];

  it('a line ending in ": -" introduces a list; it is no item title', () => {
    const x = items(
      page([
        "Chair's Announcements",
        '',
        'To receive any announcements from the Chair.',
        '',
        '',
        'The Chair, in summary: -',
        '',
        '',
        '1               thanked the staff of the Millbrook library for the winter fair.',
        '',
        '',
        'Public Questions',
        '',
        'There were no questions.',
      ]),
    );
    expect(x.map((i) => i.title)).toEqual(["Chair's Announcements", 'Public Questions']);
  });

  it('a member leaving or arriving is the record, not an item', () => {
    const x = items(
      page([
        'Apologies for absence',
        '',
        'To receive any apologies for absence.',
        '',
        'Additional documents:',
        '',
        '',
        'Apologies were received from Councillors Ash and Birch',
        '',
        '',
        'Councillor Cedar left the Chamber @ 7.28pm',
        '',
        'Councillor Ms Dale left the Chamber @ 8.37pm',
        '',
        '',
        '',
        'Declarations of Interest',
        '',
        'None were declared.',
      ]),
    );
    expect(x.map((i) => i.title)).toEqual(['Apologies for absence', 'Declarations of Interest']);
  });

  it('after a wide gap, the decision clauses and a repeat of the decision stay with their item', () => {
    const x = items(
      page([
        'Minutes of the meeting held on 4 May 2023 pdf icon PDF 188 KB',
        '',
        'To approve the minutes of the meeting held on 4 May 2023 as a correct record.',
        '',
        '',
        'Additional documents:',
        '',
        '',
        'Councillor Ash asked for a wording change in minute 12.',
        '',
        '',
        '',
        '1.     That minute 12 be amended to read Governance and',
        '',
        '2.    That, subject to the above amendment, the minutes be approved as a correct record.',
        '',
        '',
        '',
        '',
        'Budget Monitoring pdf icon PDF 200 KB',
        '',
        'To note the budget position.',
        '',
        '',
        '',
        '',
        'That the budget position for the second quarter be noted.',
        '',
        '',
        '',
        '',
        'That the budget position for the second quarter be noted.',
        '',
        '',
        'Declarations of Interest',
        '',
        'None were declared.',
      ]),
    );
    expect(x.map((i) => i.title)).toEqual([
      'Minutes of the meeting held on 4 May 2023',
      'Budget Monitoring',
      'Declarations of Interest',
    ]);
    expect(x[0].resolution?.text).toMatch(/^1\. That minute 12 be amended/);
  });

  it('lettered agenda points above one shared "Minutes:" cell, and a paragraph number inside it, are no items', () => {
    const x = items([
      'No. Item',
      '',
      '41.',
      '',
      'Communications and Apologies for Absence',
      '',
      '(a)       Communications by the Mayor (if any) relating to business on the agenda.',
      '',
      '(b)       Apologies for absence.',
      '',
      'Minutes:',
      '',
      'Apologies were received from Councillor Ash.',
      '',
      'It was moved by Councillor Birch and seconded by Councillor Cedar that items 9 and 12 be taken first.',
      '',
      'The motion was put to the vote and AGREED.',
      '',
      '42.',
      '',
      'ANNOUNCEMENTS',
      '',
      'To receive such communications as the Chairman may desire to lay before the Council.',
      '',
      'Minutes:',
      '',
      '42.1    Chairman’s Engagements',
      '',
      'The Chairman referred Members to the list of engagements.',
      '',
      '43.',
      '',
      'Declarations of Interest',
      '',
      'Minutes:',
      '',
      'None were declared.',
    ]);
    expect(x.map((i) => i.number)).toEqual(['41', '42', '43']);
    expect(x[0].resolution?.text).toMatch(/seconded by Councillor Cedar that items 9 and 12 be taken first/);
  });

  it('sub-items that each print their own "Minutes:" cell stay items', () => {
    const x = items([
      'No. Item',
      '',
      '7.',
      '',
      'Questions',
      '',
      '(a)       Questions from the Public',
      '',
      'Minutes:',
      '',
      'There were no questions from the public.',
      '',
      '(b)       Questions from Members',
      '',
      'Minutes:',
      '',
      'Councillor Ash asked about the bus station.',
      '',
      '8.',
      '',
      'Budget Monitoring',
      '',
      'Minutes:',
      '',
      'RESOLVED that the report be noted.',
      '',
      '9.',
      '',
      'Any Other Business',
      '',
      'Minutes:',
      '',
      'There was none.',
    ]);
    expect(x.map((i) => i.number)).toEqual(['7', 'a', 'b', '8', '9']);
  });

  it('a routine title typed with a colon, and "Minutes:" with its report link, are row titles', () => {
    const x = items(
      page([
        'Apologies for absence:',
        '',
        'Members are requested to advise the clerk of any apologies for this meeting.',
        '',
        '',
        'There were none.',
        '',
        '',
        'Minutes: pdf icon PDF 139 KB',
        '',
        'The minutes of the meeting held on 2 May 2024 are attached.',
        '',
        '',
        'The minutes of the meeting held on 2 May 2024 were approved as a correct record.',
        '',
        '',
        'Bus Shelter Repairs pdf icon PDF 103 KB',
        '',
        'Resolved: The Cabinet approves the repairs.',
      ]),
    );
    expect(x.map((i) => i.title)).toEqual(['Apologies for absence', 'Minutes', 'Bus Shelter Repairs']);
    expect(x[1].resolution?.text).toMatch(/were approved as a correct record/);
  });
});

describe('table rows read as text', () => {
  it('a first cell of agenda wording with no full stop is the row title as printed', () => {
    const x = items([
      'No. | Item |',
      'The Panel to consider whether all items on the agenda should be web-cast Minutes: RESOLVED: That all items be webcast.',
      'Apologies Minutes: Apologies were received from Councillor Ash.',
      'To consider whether any items should be taken in private Minutes: RESOLVED: that all items be taken in public.',
      'To receive any questions from the public. Minutes: There were no questions.',
    ]);
    expect(x.map((i) => i.title)).toEqual([
      'The Panel to consider whether all items on the agenda should be web-cast',
      'Apologies',
      'To consider whether any items should be taken in private',
      '',
    ]);
  });

  it('a row of prose with no cell label lost its title; lettered points after a title are not part of it', () => {
    const x = items([
      'No. | Item | |||',
      '---|---|---|---|',
      'The Mayor welcomed everyone to the meeting and wished everyone a happy New Year.',
      'Members were then asked to agree to taking item 9 first. The consent of the meeting was granted.',
      '|',
      '||||',
      'Apologies for absence Minutes: Apologies were submitted on behalf of Councillor Ash. |',
      '||||',
      'Announcements a) Mayor b) Leader of the Council c) Chief Executive Minutes: The Mayor made announcements. |',
      '||||',
      'Declarations of Interest Minutes: There were none. |',
    ]);
    expect(x.map((i) => i.title)).toEqual(['', 'Apologies for absence', 'Announcements', 'Declarations of Interest']);
    expect(x[0].text).toMatch(/The Mayor welcomed everyone/);
  });

  it('a "RECOMMENDED that" run on after the title in its cell is agenda wording', () => {
    const x = items([
      'No. | Item |',
      'Apologies for Absence |',
      'Minutes of the meeting held on 9 May 2024 RECOMMENDED that the minutes be confirmed and signed by the Chair as a correct record. Additional documents: |',
      'Declarations of Interests |',
    ]);
    expect(x.map((i) => i.title)).toEqual([
      'Apologies for Absence',
      'Minutes of the meeting held on 9 May 2024',
      'Declarations of Interests',
    ]);
  });
});

describe('registers of decisions', () => {
  const register = (tail: string[]) => [
    'Decisions published',
    '',
    '03/07/2024 - Millbrook Road One-Way Order ref: 4345    Recommendations Approved',
    '',
    'Decision Maker: Cabinet Member for Environment',
    '',
    'Decision:',
    '',
    '1.    Approved the one-way order on Millbrook Road.',
    '',
    '12/07/2024 - Annual Performance Report ref: 4350    For Determination',
    '',
    'The Annual Performance Report sets out how well the Council has performed against its objectives.',
    ...tail,
  ];

  it('an entry cut off before its fields has no decision: its summary is not one', () => {
    const x = items(register([]));
    expect(x.map((i) => i.number)).toEqual(['4345', '4350']);
    expect(x[0].resolution?.text).toMatch(/Approved the one-way order/);
    expect(x[1].resolution).toBeNull();
  });

  it('an entry cut off before its "ref:" is still an entry', () => {
    const x = items(register(['', 'Decision Maker: Cabinet', '', '05/05/2024 - Former Millbrook T']));
    expect(x.map((i) => i.title)).toEqual([
      'Millbrook Road One-Way Order',
      'Annual Performance Report',
      'Former Millbrook T',
    ]);
  });
});

describe('lists inside an item', () => {
  it('minute numbers listed inside an item, with the next item printed after them, are no items', () => {
    const x = items([
      'No. Item',
      '',
      '20.',
      '',
      'Declarations of Interest',
      '',
      'Minutes:',
      '',
      'There were no declarations.',
      '',
      '21.',
      '',
      'Exclusion of Press And Public',
      '',
      'Minutes:',
      '',
      'RESOLVED that the press and public be excluded for the following private reports:',
      '',
      'Minute No.  Report title',
      '',
      '  30  Disposal of Small Surplus Sites',
      '',
      '  31  Millbrook Leisure Centre Contract',
      '',
      '  32  Riverside Park Investment',
      '',
      '22.',
      '',
      'Housing Enforcement Policy pdf icon PDF 104 KB',
      '',
      'Minutes:',
      '',
      'RESOLVED that the policy be approved.',
    ]);
    expect(x.map((i) => i.number)).toEqual(['20', '21', '22']);
  });
});

describe('narrative decisions', () => {
  it('"it had decided to" tells an earlier decision, not this meeting\'s', () => {
    const x = items([
      '7.',
      '',
      'Office of High Sheriff',
      '',
      'Minutes:',
      '',
      'The Chief Executive reminded the Council that, in previous years, it had decided to submit one name only.',
      '',
      '8.',
      '',
      'Apologies',
      '',
      'Minutes:',
      '',
      'None were received.',
    ]);
    expect(x[0].title).toBe('Office of High Sheriff');
    expect(x[0].resolution).toBeNull();
  });
});

describe('a lone number over a linked title', () => {
  it('keeps its title; the numbered agenda points under it do not take it', () => {
    const x = items([
      'Items',
      'No. Item',
      '',
      '118.',
      '',
      'Exempt Information - Possible Exclusion of the Press and Public pdf icon PDF 74 KB',
      '',
      '1  To highlight reports which officers have identified as containing exempt information.',
      '',
      '2  To consider whether or not to accept the officers recommendation.',
      '',
      'Minutes:',
      '',
      'RESOLVED – That the public be excluded from the meeting during consideration of the appendix.',
    ]);
    expect(x.map((i) => [i.number, i.title])).toEqual([
      ['118', 'Exempt Information - Possible Exclusion of the Press and Public'],
    ]);
  });
});
