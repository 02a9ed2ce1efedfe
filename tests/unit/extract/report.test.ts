// The report reader on short report texts written for these tests, one per template shape found
// across UK councils: a "From/To/Subject" county header, a London-borough "Report of / Wards /
// Key decision" table, a district "Purpose of report / It is recommended that" layout, a Part 2
// exempt report, a table rendering where each label's value is on the next line. Page texts are
// given as pdf.js gives them (lines joined with \n).
import { describe, expect, it } from 'vitest';
import { readReport, type PageText } from '../../../utils/extract/report';
import { roleOf, findFigures } from '../../../utils/extract/report-money';
import { toReportLines } from '../../../utils/extract/report-lines';

const pages = (...texts: string[]): PageText[] => texts.map((text, i) => ({ page: i + 1, text }));

const COUNTY = pages(
  `From: Jane Doe, Cabinet Member for Highways
Sam Roe, Corporate Director of Growth
To: Cabinet – 12 June 2025
Subject: Highway Resurfacing Programme
2025-26
Decision no: 25/00042
Key Decision: Yes - It affects more than 2 Electoral Divisions
Classification: Unrestricted
Electoral Division: All
Summary: This report seeks approval of the resurfacing programme for
2025-26. The programme is funded from the capital programme.
Recommendation(s):
Cabinet is asked to:
A. APPROVE the resurfacing programme set out in Appendix A; and
B. DELEGATE authority to the Corporate Director of Growth to award the
contracts needed to deliver it.
1. Introduction
1.1 The council maintains 5,000 miles of road.Page 1`,
  `2. Financial Implications
2.1 The programme will cost £12.5m, funded from the capital programme of £20m.
A saving of £250k a year is expected from fewer pothole repairs.
3. Recommendation(s)
Cabinet is asked to:
A. APPROVE the resurfacing programme set out in Appendix A; and
B. DELEGATE authority to the Corporate Director of Growth to award the contracts
needed to deliver it.
4. Appendices
Appendix A – Resurfacing schedule 2025-26
Appendix B – Equality Impact Assessment
5. Contact details
Report Author:
Alex Poe
Highways Programme Manager
Telephone number
03000 111222
Email address
alex.poe@example.gov.uk
Relevant Director:
Sam Roe
Corporate Director of Growth`,
);

const BOROUGH = pages(
  `Agenda Item 7
Report of: Director of Housing
Report to: Cabinet
Date: 3 March 2025
Title: Fees and Charges for Temporary Accommodation
Wards: Abbey; Castle; Riverside
Key decision: No
Open / exempt: Open
Purpose of Report:
1.1 To set the weekly charges for temporary accommodation from April 2025.
RECOMMENDATIONS
That the Cabinet:
2.1 Agrees the charges in Appendix 1 from 1 April 2025.
2.2 Notes that the charges will be reviewed annually.
Reasons for Recommendations
3.1 The charges have not changed since 2021 and no longer cover the cost of the service.
BACKGROUND
4.1 The weekly charge of £185 per week compares with £210 in neighbouring boroughs.
Contact Officer: Priya Shah, Head of Housing Needs, Tel: 020 7946 0000,
email: priya.shah@example.gov.uk
Background Papers: None`,
);

const DISTRICT = pages(
  `REPORT TO CABINET
14 JANUARY 2025
LEISURE CENTRE REFURBISHMENT
Report of the Head of Leisure
Is this a Key Decision? Yes
Wards Affected
All Wards
1. Purpose of report
1.1 This report sets out options for refurbishing the leisure centre and
asks Cabinet to choose one.
2. Recommendations
2.1 It is recommended that Cabinet:
(a) approves option 2, a full refurbishment at a cost of £3.2 million;
(b) asks officers to apply for the Sport England grant of £500,000 towards it;
and
(c) notes the risks in section 6.
3. Reasons for recommendation(s)
3.1 Option 2 gives the building another 25 years of life.
4. Background
4.1 The centre opened in 1989.
Report Author: Tom Field, Leisure Manager (01234 567890)`,
);

const EXEMPT = pages(
  `NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A
of the Local Government Act 1972
Agenda Item 12
Sale of Land at Mill Lane
Summary
The council has received an offer for the land at Mill Lane.
Recommendation
The Committee is recommended to accept the offer of £1.1m, which is above the
market value of £950,000.
Lead Officer: Chris Wong, Estates Surveyor`,
);

// pdf.js renders two-column label tables as label line, value line.
const TABLE = pages(
  `Report title
Community Grants 2025/26
Wards affected
Northgate, Southgate
Key decision
No
Report author
Dana Lee, Community Development Officer
Executive summary
The community grants panel has assessed 42 applications against the criteria
agreed in 2024.
Recommendation(s)
The Committee is asked to approve the grants listed in Appendix 1, totalling
£84,000, from the community grants budget.`,
);

describe('readReport: template shapes', () => {
  it('reads a From/To/Subject county header, summary box and repeated recommendations once', () => {
    const r = readReport(COUNTY);
    expect(r.title).toBe('Highway Resurfacing Programme 2025-26');
    expect(r.decisionNumber).toBe('25/00042');
    expect(r.keyDecision).toBe(true);
    expect(r.wards).toBe('All');
    expect(r.exempt).toBe(false);
    expect(r.purpose).toMatch(/^This report seeks approval of the resurfacing programme for 2025-26\./);
    expect(r.recommendations.map((x) => x.number)).toEqual(['A', 'B']);
    expect(r.recommendations[0]).toMatchObject({
      page: 1,
      text: 'APPROVE the resurfacing programme set out in Appendix A; and',
    });
    expect(r.recommendations[1].text).toBe(
      'DELEGATE authority to the Corporate Director of Growth to award the contracts needed to deliver it.',
    );
    expect(r.author).toBe('Alex Poe, Highways Programme Manager');
    expect(r.contact).toContain('alex.poe@example.gov.uk');
    expect(r.appendices).toEqual([
      'Appendix A – Resurfacing schedule 2025-26',
      'Appendix B – Equality Impact Assessment',
    ]);
    expect(r.pages).toBe(2);
  });

  it('reads a borough table header with numbered paragraph recommendations and reasons', () => {
    const r = readReport(BOROUGH);
    expect(r.title).toBe('Fees and Charges for Temporary Accommodation');
    expect(r.wards).toBe('Abbey; Castle; Riverside');
    expect(r.keyDecision).toBe(false);
    expect(r.exempt).toBe(false);
    expect(r.purpose).toBe('To set the weekly charges for temporary accommodation from April 2025.');
    expect(r.recommendations).toEqual([
      { number: '2.1', text: 'Agrees the charges in Appendix 1 from 1 April 2025.', page: 1 },
      { number: '2.2', text: 'Notes that the charges will be reviewed annually.', page: 1 },
    ]);
    expect(r.reasons).toBe('The charges have not changed since 2021 and no longer cover the cost of the service.');
    expect(r.author).toBe('Priya Shah, Head of Housing Needs');
    expect(r.contact).toContain('priya.shah@example.gov.uk');
    expect(r.figures.map((f) => [f.amount, f.role])).toEqual([
      [185, 'fee'],
      [210, 'fee'],
    ]);
  });

  it('reads a district layout: untitled header, lettered recommendations after "It is recommended that"', () => {
    const r = readReport(DISTRICT);
    expect(r.title).toBe('LEISURE CENTRE REFURBISHMENT');
    expect(r.keyDecision).toBe(true);
    expect(r.wards).toBe('All Wards');
    expect(r.purpose).toBe(
      'This report sets out options for refurbishing the leisure centre and asks Cabinet to choose one.',
    );
    expect(r.recommendations.map((x) => x.number)).toEqual(['(a)', '(b)', '(c)']);
    expect(r.recommendations[1].text).toBe(
      'asks officers to apply for the Sport England grant of £500,000 towards it; and',
    );
    expect(r.reasons).toBe('Option 2 gives the building another 25 years of life.');
    expect(r.author).toBe('Tom Field, Leisure Manager');
    const roles = Object.fromEntries(r.figures.map((f) => [f.amount, f.role]));
    expect(roles).toEqual({ 3_200_000: 'cost', 500_000: 'grant' });
  });

  it('marks a Part 2 report exempt and reads a recommendation with no list', () => {
    const r = readReport(EXEMPT);
    expect(r.exempt).toBe(true);
    expect(r.exemptReason).toMatch(/Schedule 12A/);
    expect(r.title).toBe('Sale of Land at Mill Lane');
    expect(r.recommendations).toHaveLength(1);
    expect(r.recommendations[0].text).toBe(
      'The Committee is recommended to accept the offer of £1.1m, which is above the market value of £950,000.',
    );
    expect(r.author).toBe('Chris Wong, Estates Surveyor');
    expect(r.figures.map((f) => [f.amount, f.role])).toEqual([
      [1_100_000, 'valuation'],
      [950_000, 'valuation'],
    ]);
  });

  it('reads label/value tables where the value is on the next line', () => {
    const r = readReport(TABLE);
    expect(r.title).toBe('Community Grants 2025/26');
    expect(r.wards).toBe('Northgate, Southgate');
    expect(r.keyDecision).toBe(false);
    expect(r.author).toBe('Dana Lee, Community Development Officer');
    expect(r.purpose).toMatch(/^The community grants panel has assessed 42 applications/);
    expect(r.recommendations).toHaveLength(1);
    expect(r.recommendations[0].text).toMatch(
      /^The Committee is asked to approve the grants listed in Appendix 1, totalling £84,000/,
    );
    expect(r.figures[0]).toMatchObject({ amount: 84_000, role: 'budget', page: 1 });
  });
});

// More council template shapes, each written for this test in the layout that council family uses.
const SHAPES: { name: string; pages: PageText[]; want: Record<string, unknown>; recs: [string | null, RegExp][] }[] = [
  {
    name: 'two-column table: label line, value line; "This report makes the following recommendations"',
    pages: pages(`POLICY AND RESOURCES COMMITTEE
12 March 2025
Car Park Tariffs 2025/26
Final Decision-Maker
Policy and Resources Committee
Lead Officer and Report Author
Ruth Green, Parking Services Manager
Classification
Public
Wards affected
All Wards
Executive Summary
This report proposes new car park tariffs for the coming year after a review of usage.
Purpose of Report
Decision
This report makes the following recommendations to this Committee:
1. That the tariffs set out at Appendix 1 be agreed.
2. That the Head of Service be authorised to publish the necessary notices.
Timetable
Meeting Date
Policy and Resources Committee 12 March 2025`),
    want: {
      title: 'Car Park Tariffs 2025/26',
      author: 'Ruth Green, Parking Services Manager',
      wards: 'All Wards',
      exempt: false,
      purpose: 'This report proposes new car park tariffs for the coming year after a review of usage.',
    },
    recs: [
      ['1', /^That the tariffs set out at Appendix 1 be agreed\.$/],
      ['2', /^That the Head of Service be authorised/],
    ],
  },
  {
    name: 'city header with "FOR GENERAL RELEASE", capitalised numbered sections',
    pages: pages(`Subject: Seafront Lighting Upgrade
Date of Meeting: 4 July 2024
Report of: Executive Director, City Operations
Contact Officer:
Name: Omar Hale Tel: 01632 960555
Email: omar.hale@example.gov.uk
Ward(s) affected: Central; Harbour
FOR GENERAL RELEASE
1. PURPOSE OF REPORT AND POLICY CONTEXT
1.1 The report asks the committee to agree the replacement of 400 lamp columns on the seafront.
2. RECOMMENDATIONS
2.1 That Committee approves the lighting upgrade at a capital cost of £1.9m.
2.2 That Committee notes the energy saving of £85,000 a year.
3. CONTEXT/ BACKGROUND INFORMATION
3.1 The columns were installed in 1975.`),
    want: {
      title: 'Seafront Lighting Upgrade',
      author: 'Omar Hale',
      contact: '01632 960555, omar.hale@example.gov.uk',
      wards: 'Central; Harbour',
      exempt: false,
      purpose: 'The report asks the committee to agree the replacement of 400 lamp columns on the seafront.',
    },
    recs: [
      ['2.1', /^That Committee approves the lighting upgrade at a capital cost of £1\.9m\.$/],
      ['2.2', /^That Committee notes the energy saving/],
    ],
  },
  {
    name: 'Scottish layout: "Report Title:", "Purpose/Executive Summary", "Members are asked to:" with roman numerals',
    pages: pages(`Agenda Item 6
Report No HC/12/25
THE HIGHLAND-STYLE COUNCIL
Committee: Communities Committee
Date: 5 June 2025
Report Title: Winter Maintenance Plan 2025/26
Report By: Chief Officer – Roads
1. Purpose/Executive Summary
1.1 This report presents the winter maintenance plan for approval.
2. Recommendations
2.1 Members are asked to:
i. approve the plan;
ii. note the gritting routes in Appendix 1; and
iii. agree a review in spring 2026.
3. Implications
3.1 Resource - the plan is met from the revenue budget of £6.2m.
Designation: Chief Officer – Roads
Author: Ian Moss, Roads Manager`),
    want: {
      title: 'Winter Maintenance Plan 2025/26',
      author: 'Ian Moss, Roads Manager',
      purpose: 'This report presents the winter maintenance plan for approval.',
    },
    recs: [
      ['i', /^approve the plan;$/],
      ['ii', /^note the gritting routes/],
      ['iii', /^agree a review in spring 2026\.$/],
    ],
  },
  {
    name: 'three-level paragraph numbers and a signature under the recommendations',
    pages: pages(`Wards: All
1. Recommendations
1.1 The Committee is asked to:
1.1.1 note the progress made on the housing plan; and
1.1.2 agree the revised targets in Appendix 2.
Morgan Blake
Executive Director of Place
Contact: Lee Grant, Service Director
E-mail: lee.grant@example.gov.uk | Tel: 0131 496 0000
2. Executive Summary
2.1 Progress is on track in four of five areas.`),
    want: { wards: 'All', author: 'Lee Grant, Service Director', contact: 'lee.grant@example.gov.uk, 0131 496 0000' },
    recs: [
      ['1.1.1', /^note the progress made on the housing plan; and$/],
      ['1.1.2', /^agree the revised targets in Appendix 2\.$/],
    ],
  },
  {
    name: 'capitals header, "Reason for this Report", "Cabinet is recommended to", "Decision type: Non-key"',
    pages: pages(`CYNGOR ENGHREIFFTIOL
EXAMPLE CITY COUNCIL
CABINET MEETING: 14 MARCH 2024
SCHOOL TRANSPORT POLICY REVIEW
REPORT OF CORPORATE DIRECTOR, EDUCATION
AGENDA ITEM: 5
Decision type: Non-key
Reason for this Report
1. To seek approval of the revised school transport policy following consultation.
Background
2. The policy was last reviewed in 2019.
RECOMMENDATIONS
Cabinet is recommended to:
1. approve the revised policy at Appendix A; and
2. delegate minor changes to the Director of Education.
SENIOR RESPONSIBLE OFFICER
Nia Evans, Director of Education
The following appendices are attached:
Appendix A – Revised policy
Appendix B – Consultation report`),
    want: {
      title: 'SCHOOL TRANSPORT POLICY REVIEW',
      keyDecision: false,
      author: 'Nia Evans, Director of Education',
      purpose: 'To seek approval of the revised school transport policy following consultation.',
      appendices: ['Appendix A – Revised policy', 'Appendix B – Consultation report'],
    },
    recs: [
      ['1', /^approve the revised policy at Appendix A; and$/],
      ['2', /^delegate minor changes to the Director of Education\.$/],
    ],
  },
];

describe('readReport: more council shapes', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const r = readReport(shape.pages);
    expect(r).toMatchObject(shape.want);
    expect(r.recommendations.map((x) => x.number)).toEqual(shape.recs.map((x) => x[0]));
    shape.recs.forEach(([, re], i) => expect(r.recommendations[i].text).toMatch(re));
  });
});

describe('readReport: single fields', () => {
  const one = (text: string) => readReport(pages(text));

  it('key decision: yes, no, unfilled template, statements in prose, reference numbers', () => {
    expect(one('Key Decision: Yes').keyDecision).toBe(true);
    expect(one('Is this a key decision? No').keyDecision).toBe(false);
    expect(one('Key decision: Yes/No').keyDecision).toBe(null);
    expect(one('Summary: something.\nThis is not a key decision.').keyDecision).toBe(false);
    expect(one('Key Decision Reference: KD1234').keyDecision).toBe(true);
    expect(one('Key Decision Reference: KD1234').decisionNumber).toBe('KD1234');
    expect(one('Forward Plan reference: FP/25/03/7').decisionNumber).toBe('FP/25/03/7');
    expect(one('Summary: nothing about decisions.').keyDecision).toBe(null);
  });

  it('wards: ward and electoral-division labels, "Local councillor(s)" only as a fallback', () => {
    expect(one('Ward(s) affected: Hillside').wards).toBe('Hillside');
    expect(one('Electoral Divisions affected: Ashford East; Ashford South').wards).toBe('Ashford East; Ashford South');
    expect(one('Local Councillor(s): All').wards).toBe('All');
    expect(one('Local Councillor(s): Cllr A Bee\nWards affected: Hillside').wards).toBe('Hillside');
  });

  it('exempt: classification, Part 2, Schedule 12A; "Unrestricted" and "Exempt: No" are open', () => {
    expect(one('Classification: Unrestricted').exempt).toBe(false);
    expect(one('Exempt: No').exempt).toBe(false);
    expect(one('Classification: Exempt - paragraph 3').exempt).toBe(true);
    expect(one('PART II\nSale of the depot').exempt).toBe(true);
    expect(
      one('Appendix 2 is exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972.')
        .exempt,
    ).toBe(true);
    expect(one('Public access: fully exempt').exempt).toBe(true);
    expect(one('Summary: The council restricted access to the car park.').exempt).toBe(false);
  });

  it('recommendations: numbered (1), i), bullets under a number, pointers dropped, intros kept out', () => {
    const r = one(`Recommendations: see paragraph 6 below
6. Recommendations
6.1 The Executive is asked to:
(1) adopt the strategy;
(2) agree the action plan, including:
• a review in 2026
• a report to scrutiny
7. Background`);
    expect(r.recommendations.map((x) => [x.number, x.text])).toEqual([
      ['(1)', 'adopt the strategy;'],
      ['(2)', 'agree the action plan, including: a review in 2026 a report to scrutiny'],
    ]);
  });

  it('recommendations: "RECOMMENDED that" and "It is recommended that" with no heading', () => {
    expect(
      one('Some text.\nIt is recommended that the Panel notes the report.\n2. Background').recommendations,
    ).toEqual([{ number: null, text: 'It is recommended that the Panel notes the report.', page: 1 }]);
    const r = one('RECOMMENDED – that the Committee:\ni) notes the update; and\nii) agrees the next steps.');
    expect(r.recommendations.map((x) => x.number)).toEqual(['i)', 'ii)']);
  });

  it('recommendations from a summary box and a later section keep the fuller text once', () => {
    const r = one(`Recommendation: Cabinet is asked to approve the plan.
1. Introduction
Text.
5. Recommendation
Cabinet is asked to approve the plan and the associated budget
changes in Appendix 2.
6. Contact`);
    expect(r.recommendations).toHaveLength(1);
    expect(r.recommendations[0].text).toBe(
      'Cabinet is asked to approve the plan and the associated budget changes in Appendix 2.',
    );
  });

  it("recommendations in bound appendices after the report are not the report's own", () => {
    const r = readReport(
      pages(
        "Subject: Local Plan\nRecommendation(s):\nCabinet is asked to endorse the Plan.\n1. Background\nText.\nAppendices\nAppendix A: Inspector's report",
        "Inspector's Report\nRecommendations\n1. The plan is sound subject to modifications MM1-MM40.",
      ),
    );
    expect(r.recommendations.map((x) => x.text)).toEqual(['Cabinet is asked to endorse the Plan.']);
  });

  it('authors: several people with roles over lines, contact details set apart', () => {
    const r = one(`Report Authors:
Ann Bell
Assistant Director Strategic
Commissioning
ann.bell@example.gov.uk
Bob Cole, Policy Officer
Tel: 01632 960123`);
    expect(r.author).toBe('Ann Bell, Assistant Director Strategic Commissioning; Bob Cole, Policy Officer');
    expect(r.contact).toBe('ann.bell@example.gov.uk, 01632 960123');
  });

  it('author from a one-row table rendering "Report Author: Job Title: Tel: Email:"', () => {
    const r = one('Report Author: Job Title: Tel: Email: Kim Ray Programme Lead 01305 123456 kim.ray@example.gov.uk');
    expect(r.author).toBe('Kim Ray Programme Lead');
    expect(r.contact).toContain('kim.ray@example.gov.uk');
  });

  it('"By:" names the author; "From:" (the presenting member and director) does not', () => {
    expect(one('By: Lee Hunt, Scrutiny Officer\nTo: Cabinet').author).toBe('Lee Hunt, Scrutiny Officer');
    expect(one('From: Cllr Ann Bell, Leader\nTo: Cabinet').author).toBe(null);
  });

  it('appendices: marked lines, run-on titles, "None"', () => {
    expect(
      one('Appendices:\nAppendix 1 – Map of the\nsite\nAppendix 2 – Costs\nBackground papers: none').appendices,
    ).toEqual(['Appendix 1 – Map of the site', 'Appendix 2 – Costs']);
    expect(one('Appendices: None').appendices).toEqual([]);
  });
});

describe('money roles', () => {
  const role = (s: string) => {
    const at = s.indexOf('£');
    return roleOf(s, at);
  };
  it.each([
    ['the scheme will cost £2m', 'cost'],
    ['a revenue budget of £4.1m for 2025/26', 'budget'],
    ['added to the capital programme at £12m', 'capital'],
    ['delivering savings of £800k', 'saving'],
    ['generating additional income of £60,000 a year', 'income'],
    ['a government grant of £1.5m', 'grant'],
    ['a forecast overspend of £3.4m', 'overspend'],
    ['the market value of £2.2m', 'valuation'],
    ['a fee of £45 per application', 'fee'],
    ['an increase in council tax of £1.23 a week for a Band D property', 'council-tax'],
    ['£5m', 'other'],
  ])('%s → %s', (text, want) => expect(role(text)).toBe(want));

  it('reads amounts in every printed form, each with the words nearest it', () => {
    const lines = toReportLines(
      pages(
        'The total budget will be £59m, comprising £56m for package costs and £3m for staffing. A £1,234.50 fee; £2bn valuation; £750k saving.',
      ),
    );
    expect(findFigures(lines).map((f) => [f.amount, f.role])).toEqual([
      [59_000_000, 'budget'],
      [56_000_000, 'cost'],
      [3_000_000, 'cost'],
      [1234.5, 'fee'],
      [2_000_000_000, 'valuation'],
      [750_000, 'saving'],
    ]);
  });
});

describe('robustness', () => {
  it('never throws and stays empty on empty, scanned and odd input', () => {
    expect(readReport([])).toMatchObject({ title: null, recommendations: [], pages: 0 });
    expect(readReport(pages('', '   ', '\n\n')).pages).toBe(3);
    expect(readReport(null as unknown as PageText[]).pages).toBe(0);
    expect(readReport([{ page: 1, text: undefined as unknown as string }]).title).toBe(null);
    expect(() => readReport(pages('Recommendation(s):'))).not.toThrow();
    expect(() => readReport(pages('£'.repeat(10_000) + '£1' + ' £'.repeat(5000)))).not.toThrow();
  });

  it('reads 500 pages in linear time', () => {
    const page =
      COUNTY[1].text + '\n' + 'The council will spend £1m on this. '.repeat(20) + '\n' + 'Recommendations\n'.repeat(5);
    const small = pages(...Array.from({ length: 50 }, () => page));
    const big = pages(...Array.from({ length: 500 }, () => page));
    readReport(small);
    let t = performance.now();
    readReport(small);
    const tSmall = performance.now() - t;
    t = performance.now();
    const r = readReport(big);
    const tBig = performance.now() - t;
    expect(r.pages).toBe(500);
    // Ten times the pages: linear is ~10x, quadratic ~100x; the bound sits between, with room for a noisy machine.
    expect(tBig).toBeLessThan(Math.max(100, tSmall * 40));
  });

  it('stays fast on a pathological single line', () => {
    const line = 'Recommendation(s): ' + 'Cabinet is asked to '.repeat(20_000) + ('a'.repeat(50) + ' ').repeat(20_000);
    const t = performance.now();
    readReport(pages(line, 'Appendix 1 - ' + '-'.repeat(100_000)));
    // A catastrophic regex takes minutes here; the bound only catches that (figures live in `npm run bench`).
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});

describe('readReport: rows and fallbacks', () => {
  it('splits a table row carrying two labels', () => {
    const r = readReport(
      pages(
        'Subject: Bus Shelters\nWards affected: Abbey, Moor Key Decision: Yes Classification: Unrestricted\nReport Author: Sam Lee Status: Public',
      ),
    );
    expect(r).toMatchObject({
      title: 'Bus Shelters',
      wards: 'Abbey, Moor',
      keyDecision: true,
      exempt: false,
      author: 'Sam Lee',
    });
  });

  it('finds the purpose in "This report …" when no label names it', () => {
    const r = readReport(
      pages(
        'Cabinet\n14 May 2025\nAllotment Rents\n1.1 This report proposes a rise in allotment rents\nof 5% from October.\n1.2 Rents last rose in 2021.',
      ),
    );
    expect(r.title).toBe('Allotment Rents');
    expect(r.purpose).toBe('This report proposes a rise in allotment rents of 5% from October.');
  });

  it('reads "Recommendation 1:" lists', () => {
    const r = readReport(
      pages(
        'Recommendations\nRecommendation 1: That the Board notes the annual report.\nRecommendation 2: That the Board agrees the work plan.\nBackground',
      ),
    );
    expect(r.recommendations.map((x) => [x.number, x.text])).toEqual([
      ['1', 'That the Board notes the annual report.'],
      ['2', 'That the Board agrees the work plan.'],
    ]);
  });
});

describe('readReport: purpose length', () => {
  it('keeps the first two sentences, not stopping at "Mr." or "e.g."', () => {
    const r = readReport(
      pages(
        'Summary: Mr. Hill asked for a review of play areas, e.g. swings. The review found 12 sites in 2025. A third sentence is not kept.',
      ),
    );
    expect(r.purpose).toBe(
      'Mr. Hill asked for a review of play areas, e.g. swings. The review found 12 sites in 2025.',
    );
  });
});

describe('figures: one entry per sum', () => {
  it('a sum in the recommendations and again in the financial implications is listed once, with its named role', () => {
    const r = readReport(
      pages(
        'Recommendation(s):\n1. Approve £9,500,000 for the first phase.\n2. Financial Implications\nThe capital budget of £9,500,000 is met from borrowing.',
      ),
    );
    expect(r.figures).toHaveLength(1);
    expect(r.figures[0]).toMatchObject({ amount: 9_500_000, role: 'budget' });
  });
});

describe('recommendations end where body text starts', () => {
  it('after a finished numbered list, and after a finished "is asked to" sentence', () => {
    const list = readReport(
      pages(
        'RECOMMENDATIONS\n1. That Cabinet approves the plan.\n2. That Cabinet notes the risks.\nThe plan was drafted with residents over the summer.',
      ),
    );
    expect(list.recommendations.map((r) => r.text)).toEqual([
      'That Cabinet approves the plan.',
      'That Cabinet notes the risks.',
    ]);
    const one = readReport(
      pages('Recommendation:\nThe Panel is asked to note the annual report.\nThe annual report covers 2024-25.'),
    );
    expect(one.recommendations.map((r) => r.text)).toEqual(['The Panel is asked to note the annual report.']);
  });
});

describe('header values stop at the body', () => {
  it('a ward list or a title with no label after it does not take the next paragraph', () => {
    const r = readReport(
      pages(
        'Subject: Street Trees\nWards affected: All\nThe council planted 300 trees last winter. This report proposes 500 more.\nIt would cost £40,000.',
      ),
    );
    expect(r.title).toBe('Street Trees');
    expect(r.wards).toBe('All');
  });
});
