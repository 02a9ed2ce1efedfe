// Invented text for the demo site's report PDFs (scripts/make-report-pdfs.mjs): a fictional
// council, Wendmoor District Council, and its Cabinet. Every paragraph is a list of printed lines
// on one page; all names, places and figures are made up.

const head = (subject, key, ref, wards) => [
  'Wendmoor District Council',
  'Report to: Cabinet',
  'Date of meeting: 14 January 2026',
  `Subject: ${subject}`,
  'Report of: Director of Place',
  `Key Decision: ${key ? 'Yes' : 'No'}`,
  ...(ref ? [`Decision Reference: ${ref}`] : []),
  `Wards Affected: ${wards}`,
];

function report(file, subject, { key, ref = null, wards, author, purpose, recs, reasons, finance }) {
  return {
    file,
    subject,
    recs,
    pages: [
      [
        ...head(subject, key, ref, wards),
        'Purpose of Report',
        purpose,
        `Report Author: ${author}`,
        'Contact: democratic.services@wendmoor.example',
      ],
      ['Recommendations', 'That Cabinet:', ...recs, 'Reasons for Recommendations', reasons],
      [
        'Financial Implications',
        finance,
        'Legal Implications',
        'The Council has the powers needed to take these decisions. No further legal issues arise from this report.',
        'Appendices',
        'Appendix A - Summary of consultation responses',
      ],
    ],
  };
}

export const REPORTS = [
  report('s9101/Leisure centre refurbishment.pdf', 'Eastgate Leisure Centre Refurbishment', {
    key: true,
    ref: 'KD/2026/004',
    wards: 'Eastgate; Millbrook',
    author: 'Priya Holloway, Leisure Services Manager',
    purpose:
      'This report seeks approval to refurbish Eastgate Leisure Centre, whose pool plant and roof are at the end of their working life. The works would keep the centre open for at least twenty more years.',
    recs: [
      '(a) approve capital spending of £2,400,000 on the refurbishment of Eastgate Leisure Centre;',
      '(b) delegate authority to the Director of Place to award the works contract after a competitive tender; and',
      '(c) note that the centre will close for up to nine months from April 2026 while the works are carried out.',
    ],
    reasons:
      'Without the works the pool will have to close within two years. Refurbishment costs less than a new building.',
    finance:
      'The capital cost of £2,400,000 will be met from prudential borrowing. Lower energy use is expected to save £150,000 a year in revenue costs.',
  }),
  report('s9102/Waste collection contract.pdf', 'Household Waste Collection Contract', {
    key: true,
    ref: 'KD/2026/007',
    wards: 'All Wards',
    author: 'Tom Aldridge, Head of Environmental Services',
    purpose:
      'The current waste collection contract ends in March 2027. This report sets out the options for the next contract and asks Cabinet to agree how the service will be procured.',
    recs: [
      '1. Agree to procure a new household waste collection contract for eight years with an option to extend by two years.',
      '2. Agree that food waste will be collected weekly from all households from April 2027.',
      '3. Delegate the award of the contract to the Cabinet Member for Environment.',
    ],
    reasons: 'A longer contract gives bidders time to recover the cost of new vehicles and lowers the annual price.',
    finance:
      'The estimated annual contract cost is £6,800,000. Government grant of £420,000 will fund the new food waste vehicles.',
  }),
  report('s9103/Highways maintenance programme.pdf', 'Highways Maintenance Programme 2026/27', {
    key: false,
    wards: 'All Wards',
    author: 'Grace Okafor, Highways Asset Manager',
    purpose:
      'This report presents the programme of road and footway repairs for 2026/27, ranked by condition surveys and safety inspections.',
    recs: [
      '1. Approve the highways maintenance programme for 2026/27 set out in Appendix A.',
      '2. Authorise the Director of Place to vary the programme within the approved budget where urgent repairs are needed.',
    ],
    reasons: 'An approved programme lets the Council order materials early and keep the roads safe.',
    finance: 'The programme will be delivered within the approved highways budget of £3,150,000.',
  }),
  report('s9104/Library opening hours.pdf', 'Review of Library Opening Hours', {
    key: false,
    wards: 'Northfield; Eastgate; Riverside',
    author: 'Sam Whitlock, Libraries Manager',
    purpose:
      'Following public consultation, this report proposes new opening hours for three branch libraries to match when residents use them most.',
    recs: [
      '1. Approve the revised opening hours for Northfield, Eastgate and Riverside libraries from 1 April 2026.',
      '2. Ask officers to report back to Cabinet in twelve months on visitor numbers under the new hours.',
    ],
    reasons: 'Most consultation responses asked for later evening opening on weekdays.',
    finance: 'The changes will save £38,000 a year in staffing costs.',
  }),
  report('s9105/Community grants scheme.pdf', 'Community Grants Scheme 2026/27', {
    key: false,
    wards: 'All Wards',
    author: 'Alex Brennan, Community Development Officer',
    purpose: 'This report asks Cabinet to approve the criteria and budget for the community grants scheme in 2026/27.',
    recs: [
      '(a) approve the grant criteria set out in Appendix A;',
      '(b) set the maximum award at £5,000 for each organisation; and',
      '(c) agree a total budget of £120,000 for the scheme.',
    ],
    reasons: 'The scheme supports small groups that run activities for residents.',
    finance: 'The total grants budget of £120,000 is included in the draft revenue budget.',
  }),
  report('s9106/Affordable housing delivery plan.pdf', 'Affordable Housing Delivery Plan', {
    key: true,
    ref: 'KD/2026/011',
    wards: 'Riverside; Southmead',
    author: 'Morgan Teale, Housing Strategy Lead',
    purpose:
      'This report sets out a plan to deliver 300 affordable homes over five years on land the Council owns. It asks Cabinet to agree the first two sites.',
    recs: [
      '1. Approve the Affordable Housing Delivery Plan.',
      '2. Agree that the Riverside depot and Southmead car park sites are developed first.',
      '3. Approve a capital budget of £9,500,000 for the first phase, funded from borrowing and Homes England grant.',
      '4. Ask officers to bring a progress report to Cabinet in January 2027.',
    ],
    reasons: 'The district has a shortage of affordable homes and the Council owns suitable land.',
    finance: 'The first phase will cost £9,500,000, of which £2,100,000 is expected from Homes England grant.',
  }),
];

// The reports pack of the second demo meeting: a frontsheet with page ranges, then each item's
// papers starting with an "Agenda Item N" marker, every page stamped "Page N".
const packReport = (n, subject, recs, purpose, finance) => [
  [
    `Agenda Item ${n}`,
    'Wendmoor District Council',
    'Report to: Cabinet',
    `Subject: ${subject}`,
    'Key Decision: No',
    'Wards Affected: All Wards',
    'Purpose of Report',
    purpose,
    'Report Author: Lee Fairbanks, Policy Officer',
  ],
  ['Recommendations', 'That Cabinet:', ...recs, 'Financial Implications', finance],
];

export const PACK = {
  file: 'g9002/Agenda reports pack 28th-Jan-2026 Cabinet.pdf',
  pages: [
    [
      'Wendmoor District Council',
      'Cabinet',
      'Wednesday, 28 January 2026 at 10.00 am',
      'Agenda',
      '8. Parking Charges Review (Pages 2 - 3)',
      '9. Tree Planting Strategy (Pages 4 - 5)',
      '10. Council Tax Support Scheme 2026/27 (Pages 6 - 7)',
    ],
    ...packReport(
      8,
      'Parking Charges Review',
      [
        '1. Approve the revised town centre parking charges from 1 April 2026.',
        '2. Keep free parking after 6pm in all Council car parks.',
      ],
      'This report reviews parking charges in Council car parks, which have not changed since 2022.',
      'The new charges are expected to raise £260,000 a year in extra income.',
    ),
    ...packReport(
      9,
      'Tree Planting Strategy',
      ['1. Adopt the Tree Planting Strategy.', '2. Agree a target of planting 10,000 trees by 2030.'],
      'This report presents a strategy for planting trees on Council land and with partners.',
      'The strategy will cost £75,000 a year, funded from the climate reserve.',
    ),
    ...packReport(
      10,
      'Council Tax Support Scheme 2026/27',
      ['1. Recommend to Council that the current Council Tax Support Scheme continues unchanged for 2026/27.'],
      'The Council must review its Council Tax Support Scheme each year.',
      'Keeping the scheme unchanged costs nothing extra.',
    ),
  ],
};

// Printed minutes of the third demo meeting, whose page carries no minutes text.
export const MINUTES = {
  file: 'g9003/Printed minutes 11th-Feb-2026 Cabinet.pdf',
  pages: [
    [
      'Wendmoor District Council',
      'Minutes of the meeting of the Cabinet held on Wednesday, 11 February 2026 at 10.00 am',
      'Present: Councillor R. Penhaligon (Chair), Councillors Ashdown, Kerrigan and Lowther',
      '41. Apologies for Absence',
      'Apologies were received from Councillor Deverell.',
      '42. Town Centre Public Toilets',
      'Cabinet considered a report on the future of the public toilets in the town centre.',
      'Resolved: That the public toilets at Market Square be refurbished at a cost of £85,000 and kept open seven days a week.',
    ],
    [
      '43. Markets Strategy',
      'Members discussed the decline in market stall bookings since 2023.',
      'Resolved: That the Markets Strategy be approved.',
      'The Head of Economic Development undertook to report back to Cabinet in September 2026 on stall occupancy.',
      '44. Climate Action Plan Progress',
      'Resolved: That the progress report be noted.',
    ],
  ],
};
