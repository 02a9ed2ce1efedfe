// One focused test per printed shape of the genre (our own small real-looking samples, in
// tests/fixtures/extract/, plus inline snippets).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, isRoutineTitle } from '../../../utils/extract';

const fixture = (f: string) => readFileSync(join(__dirname, '../../fixtures/extract', f), 'utf8');
const items = (input: string, opts?: Parameters<typeof extractDocument>[1]) =>
  extractDocument(input, opts).parts.flatMap((p) => p.items.map((i) => [i.number, i.title]));

describe('item shapes', () => {
  it('heading on the line before the minute number, with sub-item 202a', () => {
    const x = extractDocument(fixture('heading-before-number.txt'));
    expect(x.parts[0].meetingDate).toBe('2023-01-06');
    expect(x.parts[0].items.map((i) => [i.number, i.title])).toEqual([
      ['201', 'Apologies for Absence'],
      ['202', 'Premises Licence - The Red Lion'],
      ['202a', 'Premises Licence - The Crown'],
    ]);
    expect(x.parts[0].items[2].resolution?.text).toBe('That the application be refused.');
  });

  it('<b>1798 Title (Agenda Item 1)</b> table cells, title broken over lines', () => {
    const text = [
      '<b>Minutes</b>',
      '<b>1798 Apologies and Declarations of Interest (Agenda Item 1)</b>\tNone.',
      '<b>1799 Budget  ',
      'Monitoring  ',
      'Report  ',
      '(Agenda Item 2)</b>',
      '',
      '<b>RESOLVED</b> that the report be noted.',
    ].join('\n');
    const x = extractDocument(text);
    expect(x.parts[0].items.map((i) => [i.number, i.title, i.agendaItem])).toEqual([
      ['1798', 'Apologies and Declarations of Interest', '1'],
      ['1799', 'Budget Monitoring Report', '2'],
    ]);
    expect(x.parts[0].items[1].resolution?.text).toBe('that the report be noted.');
  });

  it('### 19. Apologies markdown headings', () => {
    expect(
      items(
        '# Minutes of meeting held on 14 September 2023\n\n### 19. Apologies\n\nNone.\n\n### 20. **Declarations of Interest**\n\nNone.',
      ),
    ).toEqual([
      ['19', 'Apologies'],
      ['20', 'Declarations of Interest'],
    ]);
  });

  it('10. APOLOGIES FOR ABSENCE, with a wrapped ALL-CAPS title', () => {
    expect(
      items(
        '10. APOLOGIES FOR ABSENCE\nNone.\n11. ANNUAL GOVERNANCE STATEMENT AND\nCODE OF CORPORATE GOVERNANCE\nThe committee noted the statement.',
      ),
    ).toEqual([
      ['10', 'APOLOGIES FOR ABSENCE'],
      ['11', 'ANNUAL GOVERNANCE STATEMENT AND CODE OF CORPORATE GOVERNANCE'],
    ]);
  });

  it('"1." alone on a line with the title below (ModernGov page text)', () => {
    const x = extractDocument(fixture('moderngov-meeting-page.txt'));
    const p = x.parts[0];
    expect(p.committee).toBe('Cabinet');
    expect(p.meetingDate).toBe('2019-10-02');
    expect(p.venue).toBe('Committee Room 1, County Hall, Newtown');
    expect(p.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Declarations of Interest'],
      ['3', 'Minutes of the previous meeting'],
      ['4', 'Budget Monitoring Report 2019/20'],
      ['5', 'Highways Asset Management Plan'],
    ]);
    expect(p.items[0].resolution).toBeNull();
    expect(p.items[3].resolution?.parts).toEqual([
      '(a) note the forecast overspend of £2.3m; and',
      '(b) approve the virements set out in Appendix A.',
    ]);
    expect(p.items[3].actions[0]).toMatchObject({ due: '2019-10', kind: 'undertaking' });
    expect(p.items[4].actions[0]).toMatchObject({ due: '2020-03', kind: 'report-back' });
  });

  it('year-suffixed numbers 78/21, proposed-seconded-resolved, motions carried', () => {
    const p = extractDocument(fixture('parish-minutes.txt')).parts[0];
    expect(p.committee).toBe('Little Snoring Parish Council');
    expect(p.meetingDate).toBe('2021-07-12');
    expect(p.items.map((i) => i.number)).toEqual(['78/21', '79/21', '80/21', '81/21', '82/21', '83/21', '84/21']);
    const res = Object.fromEntries(p.items.map((i) => [i.number, i.resolution?.text ?? null]));
    expect(res['78/21']).toBeNull();
    expect(res['80/21']).toMatch(/were approved and signed/);
    expect(res['82/21']).toBe('that the payments listed be approved.');
    expect(res['83/21']).toMatch(/purchase a defibrillator/);
    expect(p.items[3].actions[0]).toMatchObject({ owner: 'The Clerk', kind: 'undertaking' });
  });

  it('prefixed numbers PLA146/14', () => {
    const p = extractDocument(fixture('planning-prefixed.txt')).parts[0];
    expect(p.committee).toBe('Planning Committee');
    expect(p.items.map((i) => i.number)).toEqual(['PLA146/14', 'PLA147/14', 'PLA148/14', 'PLA149/14']);
    expect(p.items[2].title).toBe('14/00123/FUL - LAND AT NORTH STREET');
    expect(p.items[2].resolution?.text).toMatch(/^that planning permission be granted/);
  });

  it('Minute No 225.9 decimal minute numbers and PAR 1 prefixes', () => {
    expect(items(fixture('minute-no-decimal.txt'))).toEqual([
      ['225.1', 'Apologies'],
      ['225.2', 'Accounts for payment'],
      ['225.3', 'Internal audit report'],
    ]);
    const par = extractDocument(fixture('par-prefixed.txt')).parts[0];
    expect(par.items.map((i) => i.number)).toEqual(['PAR 1', 'PAR 2', 'PAR 3']);
    expect(par.items[2].resolution?.text).toBe('to increase allotment rents by 5% from October 2023.');
  });

  it('running minute numbers and lettered sub-items (a)', () => {
    const text =
      '1201 Apologies\nNone.\n1202 Planning applications\n(a) Land at Mill Lane\nNo objection.\n(b) 5 Church Street\nSupport.\n1203 Finance\nRESOLVED that the accounts be approved.';
    expect(items(text)).toEqual([
      ['1201', 'Apologies'],
      ['1202', 'Planning applications'],
      ['a', 'Land at Mill Lane'],
      ['b', '5 Church Street'],
      ['1203', 'Finance'],
    ]);
  });

  it('resolution parts (a) (b) are not items', () => {
    const text =
      '5. Budget\nRESOLVED that:\n(a) the budget be approved;\n(b) the fees be increased.\n6. Any other business\nNone.';
    const x = extractDocument(text).parts[0];
    expect(x.items.map((i) => i.number)).toEqual(['5', '6']);
    expect(x.items[0].resolution?.parts).toHaveLength(2);
  });

  it('unnumbered items on a decision page', () => {
    const p = extractDocument(fixture('decision-page.txt')).parts[0];
    expect(p.kind).toBe('decision-record');
    expect(p.committee).toBe('Cabinet');
    expect(p.meetingDate).toBe('2019-10-02');
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({ number: null, title: 'Library Service Review' });
    expect(p.items[0].resolution?.text).toMatch(/approves the revised library opening hours/);
  });

  it('unnumbered bold headings become items when nothing is numbered', () => {
    const text =
      'Minutes of the meeting of the Town Council held on 3 April 2023\n\n**Apologies**\n\nNone received.\n\n**Skate Park**\n\nIt was RESOLVED to accept the quote.';
    expect(items(text)).toEqual([
      [null, 'Apologies'],
      [null, 'Skate Park'],
    ]);
  });

  it('agenda lines with page ranges', () => {
    const p = extractDocument(fixture('agenda-pages.txt')).parts[0];
    expect(p.kind).toBe('agenda');
    expect(p.meetingDate).toBe('2023-03-09');
    expect(p.items.map((i) => [i.number, i.title, i.pages])).toEqual([
      ['1', 'Apologies for absence', null],
      ['2', 'Declarations of interest', null],
      ['3', 'Minutes of the last meeting', '1 - 6'],
      ['4', 'Work Programme', '7 - 12'],
      ['5', 'Waste Strategy Update', '13 - 40'],
    ]);
    expect(p.items.every((i) => i.resolution === null)).toBe(true);
    expect(p.items[4].recommendation?.text).toMatch(/^It is recommended that the Committee comments/);
  });

  it('agenda pack: report sections "1. Executive Summary" are not items; recommendations come from the report', () => {
    const text = [
      '# Audit Committee',
      'Date: Monday, 6 March 2023',
      '# Agenda',
      '### 1. APOLOGIES',
      '### 2. MINUTES 3 - 8',
      'To confirm the minutes of the meeting held on 9 January 2023.',
      '### 3. TREASURY STRATEGY 9 - 20',
      '### AUDIT COMMITTEE',
      '### MINUTES OF MEETING HELD ON MONDAY 9 JANUARY 2023',
      '### 41. Apologies',
      'None.',
      '### 42. Internal Audit Plan',
      '### Decision',
      'That the plan be approved.',
      'Duration of meeting: 10.00 - 11.00 am',
      '# Agenda Item 3',
      '# Treasury Strategy',
      '#### Recommendation:',
      'That the Committee recommends the strategy to Council.',
      '#### Reason for Recommendation:',
      'Statutory.',
      '# 1. Executive Summary',
      'Text.',
      '# 2. Background',
      'More text.',
    ].join('\n\n');
    const x = extractDocument(text);
    expect(x.parts.map((p) => [p.kind, p.meetingDate])).toEqual([
      ['agenda', '2023-03-06'],
      ['minutes', '2023-01-09'],
    ]);
    expect(x.parts[0].items.map((i) => [i.number, i.title, i.pages])).toEqual([
      ['1', 'APOLOGIES', null],
      ['2', 'MINUTES', '3 - 8'],
      ['3', 'TREASURY STRATEGY', '9 - 20'],
    ]);
    expect(x.parts[0].items[2].recommendation?.text).toBe('That the Committee recommends the strategy to Council.');
    expect(x.parts[1].items.map((i) => i.number)).toEqual(['41', '42']);
    expect(x.parts[1].items[1].resolution?.text).toBe('That the plan be approved.');
  });

  it('issue history: one part per "Meeting: 20/09/2017 - Council (Item 52)"', () => {
    const x = extractDocument(fixture('issue-history.txt'));
    expect(x.parts.map((p) => [p.kind, p.committee, p.meetingDate, p.items[0].number, p.items[0].title])).toEqual([
      ['issue-history', 'Council', '2017-09-20', '52', "Children's Services Improvement Plan"],
      ['issue-history', 'Cabinet', '2017-09-13', '40', "Children's Services Improvement Plan"],
    ]);
    expect(x.parts[1].items[0].resolution?.text).toMatch(/recommended to Council/);
  });

  it('Irish district minutes: "Proposed … Seconded … And Resolved"', () => {
    const p = extractDocument(fixture('irish-district.txt')).parts[0];
    expect(p.meetingDate).toBe('2022-01-10');
    expect(p.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(p.items[0].resolution?.text).toMatch(/minutes of the meeting held on 13th December 2021 were confirmed/);
    expect(p.items[1].resolution?.text).toMatch(/^"That Wexford County Council dispose/);
    expect(p.items[2].resolution).toBeNull();
  });

  it('Word-to-HTML minutes with entities, tables and scripts', () => {
    const x = extractDocument(fixture('word-minutes.html'), { fileName: 'Minutes.docx.html' });
    const p = x.parts[0];
    expect(p.committee).toBe('Housing Committee');
    expect(p.meetingDate).toBe('2023-03-15');
    expect(p.items.map((i) => [i.number, i.title])).toEqual([
      ['45', 'Apologies for Absence'],
      ['46', 'Tenant Satisfaction Survey'],
      ['47', 'Rent Setting 2023/24'],
    ]);
    expect(p.items[0].text).toContain("O'Brien");
    expect(p.items[1].resolution?.text).toContain('tenants/leaseholders');
    expect(p.items[1].actions[0]).toMatchObject({ due: '2023-09', kind: 'report-back' });
  });

  it('routine titles', () => {
    for (const t of [
      'Apologies for Absence',
      'Declarations of Interest',
      'Minutes of the previous meeting',
      'Public Participation',
      'URGENT ITEMS',
      'Exempt Business',
      'Exclusion of the Press and Public',
      'To receive apologies for absence',
    ])
      expect(isRoutineTitle(t), t).toBe(true);
    for (const t of ['Budget Monitoring Report', 'Carers Strategy for Herefordshire', 'Library Service Review'])
      expect(isRoutineTitle(t), t).toBe(false);
  });
});

describe('more layouts', () => {
  it('printed minutes from a PDF: no blank lines, page footers, wrapped resolutions', () => {
    const p = extractDocument(fixture('printed-minutes-pdf.txt')).parts[0];
    expect(p).toMatchObject({
      kind: 'minutes',
      committee: 'Environment Committee',
      meetingDate: '2023-11-14',
      time: '7.00 pm',
    });
    expect(p.items.map((i) => i.number)).toEqual(['31', '32', '33', '34', '35', '36']);
    expect(p.items[1].resolution?.text).toMatch(/correct record and signed by the Chairman\.$/);
    expect(p.items[3].resolution?.parts).toHaveLength(2);
    expect(p.items[3].actions.map((a) => [a.kind, a.due])).toEqual([
      ['undertaking', null],
      ['report-back', '2024-03'],
    ]);
    expect(p.items[4].resolution?.text).toBe('That option B be approved for consultation.');
    expect(p.items[0].resolution).toBeNull();
  });

  it('an agenda without an "Agenda" heading, "(Pages 5 - 30)"', () => {
    const p = extractDocument(fixture('agenda-no-heading.txt')).parts[0];
    expect(p.kind).toBe('agenda');
    expect(p.meetingDate).toBe('2023-12-06');
    expect(p.items.map((i) => [i.number, i.title, i.pages])).toEqual([
      ['1', 'Apologies for absence', null],
      ['2', 'Declarations of interest', null],
      ['3', 'Minutes', null],
      ['4', 'Medium Term Financial Strategy', '5 - 30'],
      ['5', 'Housing Allocations Policy', '31 - 48'],
    ]);
    expect(p.items.flatMap((i) => i.actions)).toEqual([]);
    expect(p.items[3].recommendation?.text).toMatch(/That Cabinet approves/);
  });

  it('a date at the start of a line is not an item', () => {
    expect(
      items(
        'Minutes of the meeting held on 1 March 2023\n\n11. Apologies\nNone.\n12 September 2023 – Council approved the plan\n12. Budget\nRESOLVED that the budget be approved.',
      ).map((i) => i[0]),
    ).toEqual(['11', '12']);
  });
});

describe('ModernGov pages', () => {
  it('meeting page HTML: number cell, title cell, Decision:/Minutes: blocks', () => {
    const p = extractDocument(fixture('moderngov-page.html'), { fileName: 'ieListDocuments.aspx.html' }).parts[0];
    expect(p).toMatchObject({
      committee: 'Cabinet',
      meetingDate: '2019-10-02',
      venue: 'Committee Room 1, County Hall',
    });
    expect(p.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Treasury Management Strategy'],
    ]);
    expect(p.items[0].resolution).toBeNull();
    expect(p.items[1].resolution?.text).toMatch(/^That the Treasury Management Strategy be approved/);
    expect(p.items[1].actions[0].due).toBe('2019-11');
  });

  it('agenda item page: "Meeting: 02/10/2019 - Cabinet (Item 2)"', () => {
    const x = extractDocument(fixture('moderngov-agenda-item.txt'));
    expect(x.parts).toHaveLength(1);
    expect(x.parts[0]).toMatchObject({ committee: 'Cabinet', meetingDate: '2019-10-02' });
    expect(x.parts[0].items.map((i) => [i.number, i.title])).toEqual([['2', 'Treasury Management Strategy']]);
    expect(x.parts[0].items[0].resolution?.text).toBe('That the Treasury Management Strategy be approved.');
    expect(x.parts[0].items[0].actions).toHaveLength(1);
  });
});

describe('numbering edge cases', () => {
  it('5(a) / 5 (b) sub-items', () => {
    expect(
      items(
        'Minutes of the meeting held on 1 March 2023\n\n5. Planning\n5(a) Land at Mill Lane\nNo objection.\n5 (b) 5 Church Street\nSupport.\n6. Finance\nRESOLVED that the accounts be approved.',
      ),
    ).toEqual([
      ['5', 'Planning'],
      ['5(a)', 'Land at Mill Lane'],
      ['5(b)', '5 Church Street'],
      ['6', 'Finance'],
    ]);
  });

  it('a page number alone on a line above wrapped prose is not an item', () => {
    expect(
      items(
        'Minutes of the meeting held on 1 March 2023\n1. Apologies\nNone were received from any member of the committee today.\n2\nCouncillor Smith asked whether the\ncouncil would act.\n2. Budget\nRESOLVED that the budget be approved.',
      ),
    ).toEqual([
      ['1', 'Apologies'],
      ['2', 'Budget'],
    ]);
  });
});

describe('agenda packs', () => {
  it('"Minutes of the meeting held on …" inside an agenda item does not start a new part', () => {
    const x = extractDocument(
      'Cabinet\nAgenda\n1. Apologies\n2. Minutes\nMinutes of the meeting held on 14 September 2023 (Pages 5 - 10)\n3. Budget (Pages 11 - 20)\nAgenda Item 3\nRecommendation:\nThat the budget be approved.',
    );
    expect(x.parts).toHaveLength(1);
    expect(x.parts[0].items.map((i) => [i.number, i.pages, i.recommendation?.text ?? null])).toEqual([
      ['1', null, null],
      ['2', null, null],
      ['3', '11 - 20', 'That the budget be approved.'],
    ]);
  });

  it('packs printed back to back give one agenda part and one minutes part each', () => {
    const pack =
      '# Audit Committee\n\nDate: Monday, 6 March 2023\n\n# Agenda\n\n### 1. APOLOGIES\n\n### 2. PLAN 3 - 8\n\n### AUDIT COMMITTEE\n\n### MINUTES OF MEETING HELD ON MONDAY 9 JANUARY 2023\n\n### 41. Apologies\n\nNone.\n\nDuration of meeting: 10.00 - 11.00 am\n\n# Agenda Item 2\n\n#### Recommendation:\n\nThat the plan be approved.\n';
    const x = extractDocument(`${pack}\n\n${pack}`);
    expect(x.parts.map((p) => [p.kind, p.items.length])).toEqual([
      ['agenda', 2],
      ['minutes', 1],
      ['agenda', 2],
      ['minutes', 1],
    ]);
    expect(x.parts[2].items[1].recommendation?.text).toBe('That the plan be approved.');
  });
});
