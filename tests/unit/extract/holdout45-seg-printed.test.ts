// Printed agendas and minutes (text of PDFs, archived agenda tables) from councils the engine was
// not tuned on (holdouts 4 and 5). Every sample is written here by hand (invented places and
// people) to pin one shape of council text.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';
import { textToLines } from '../../../utils/extract/normalise';
import { capsRunOn, tidyTitle } from '../../../utils/extract/titles';

const items = (t: string) => extractDocument(t).parts[0]?.items ?? [];
const numbered = (t: string) => items(t).map((i) => [i.number, i.title]);
/** Long enough for the engine to read the line as a flattened page. */
const pad = ' Members are asked to note the arrangements set out in the papers circulated with the summons.';

describe('capitals heading run into its text', () => {
  it('a flattened printed agenda: "2. DECLARATIONS OF INTEREST In terms of …"', () => {
    const t = [
      'Borsetshire Council Thursday, 9th March, 2023 - 10.00 a.m. AGENDA Page Nos.',
      '1. APOLOGIES 2. DECLARATIONS OF INTEREST In terms of the Code of Conduct, members are asked to declare any interest at this stage.' +
        pad +
        ' 3. CIVIC BULLETIN Circulated to members and available on the council website. 4. MINUTE - Minute of the meeting of Borsetshire Council of 9th February, 2023. 3 - 12' +
        ' 5. QUESTION TIME In terms of Standing Orders, copies of the questions will be sent to members. 6. WORK OF SCRUTINY COMMITTEES – Report by the Executive Director - 13 - 20 Finance and Corporate Services.',
    ].join('\n');
    expect(numbered(t)).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'DECLARATIONS OF INTEREST'],
      ['3', 'CIVIC BULLETIN'],
      ['4', 'MINUTE'],
      ['5', 'QUESTION TIME'],
      ['6', 'WORK OF SCRUTINY COMMITTEES'],
    ]);
  });

  it('a printed summons: "4. COUNCIL MINUTES To confirm as a correct record …"', () => {
    const t = [
      'A meeting of the COUNTY COUNCIL will be held in the COUNCIL CHAMBER on TUESDAY, 06 NOVEMBER 2018.',
      'A G E N D A',
      '1. PRAYERS',
      '2. APOLOGIES FOR ABSENCE',
      '3. COUNCIL MINUTES To confirm as a correct record the minutes of the meeting held on 31 July 2018 (copies enclosed)',
      '4. DECLARATIONS OF INTEREST To receive any Declarations of Interest from Members.',
    ].join('\n\n');
    expect(numbered(t)).toEqual([
      ['1', 'PRAYERS'],
      ['2', 'APOLOGIES FOR ABSENCE'],
      ['3', 'COUNCIL MINUTES'],
      ['4', 'DECLARATIONS OF INTEREST'],
    ]);
  });

  it('a capitals heading run into its decision: "2. MINUTES RESOLVED that …", "12. DECLARATIONS OF INTEREST None."', () => {
    const t = [
      'Minutes of the meeting of the Parish Council held on 3 May 2023',
      'PRESENT: Cllr A Bell (Chair), Cllr T Dale',
      '1. APOLOGIES FOR ABSENCE Apologies were received from Cllr Hill.',
      '2. MINUTES RESOLVED that the minutes of the meeting held on 5 April 2023 be approved.',
      '3. DECLARATIONS OF INTEREST None.',
      '4. HOUSING STRATEGY 2023-2028 RESOLVED – That the strategy be adopted.',
      '5. FINANCE AGREED that the accounts be paid.',
    ].join('\n\n');
    const got = items(t);
    expect(got.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'MINUTES'],
      ['3', 'DECLARATIONS OF INTEREST'],
      ['4', 'HOUSING STRATEGY 2023-2028'],
      ['5', 'FINANCE'],
    ]);
    expect(got[3].resolution?.text).toMatch(/^That the strategy be adopted/);
  });

  it('keeps a mixed-case title whole, and leaves abbreviations and decisions alone', () => {
    expect(capsRunOn('QUESTION TIME In terms of Standing Orders, questions are sent out.')).toMatchObject({
      title: 'QUESTION TIME',
      dashed: false,
    });
    expect(capsRunOn('CIPFA Code of Practice on treasury management was noted.')).toBeNull();
    expect(capsRunOn('RESOLVED That the report be noted.')).toBeNull();
    expect(capsRunOn('NOTE the report')).toBeNull();
    const t = [
      'AGENDA',
      '1. Apologies for absence',
      '2. SHIFT / LIFT - Presentation on the new health centre in Ambridge',
      '3. UK SPF Funding Plan',
    ].join('\n\n');
    expect(numbered(t)).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'SHIFT / LIFT - Presentation on the new health centre in Ambridge'],
      ['3', 'UK SPF Funding Plan'],
    ]);
  });
});

describe('flattened PDF minutes', () => {
  it('Scottish order: the capitals heading before the number ("PERFORMANCE REPORT 2. There was …")', () => {
    const t =
      'GRANTS COMMITTEE MINUTES OF MEETING HELD ON THURSDAY 4 MAY 2023 PRESENT: Councillors Ann Bell and Tom Dale. APOLOGIES: Councillor Rose Hill. CHAIR: Councillor Ann Bell, Chair.' +
      ' DECLARATIONS OF INTEREST 1. Declarations of interest were received from Councillor Tom Dale in respect of the Ambridge Village Trust.' +
      pad +
      ' QUARTERLY PERFORMANCE REPORT - JANUARY TO MARCH 2023 2. There was submitted a report by the Chief Governance Officer on the grants paid in the quarter.';
    expect(numbered(t)).toEqual([
      ['1', 'DECLARATIONS OF INTEREST'],
      ['2', 'QUARTERLY PERFORMANCE REPORT - JANUARY TO MARCH 2023'],
    ]);
  });

  it('spaces lost between lines: "Services161. MINUTES …2023RESOLVED:That …", "ABSENCEThere were …"', () => {
    const t =
      'Borsetshire Cabinet Minutes Monday 6 March 2023 PRESENT Councillor Ann Bell, Leader Councillor Tom Dale, Cabinet Member for Transport and Technical' +
      'Services161. MINUTES OF THE CABINET MEETING HELD ON 6 FEBRUARY 2023RESOLVED:That the minutes of the meeting held on 6th February 2023 be confirmed and signed as an accurate record.' +
      '162. APOLOGIES FOR ABSENCEThere were no apologies for absence.163. DECLARATION OF INTERESTSThere were no declarations of interest.' +
      '164. CAPITAL PROGRAMME - BUDGET VARIATIONS AT QUARTER 3RESOLVED:That approval be given to the budget variations as set out in the report.';
    const got = items(t);
    expect(got.map((i) => [i.number, i.title])).toEqual([
      ['161', 'MINUTES OF THE CABINET MEETING HELD ON 6 FEBRUARY 2023'],
      ['162', 'APOLOGIES FOR ABSENCE'],
      ['163', 'DECLARATION OF INTERESTS'],
      ['164', 'CAPITAL PROGRAMME - BUDGET VARIATIONS AT QUARTER 3'],
    ]);
    expect(got[3].resolution?.text).toMatch(/^That approval be given/);
  });

  it('leaves short lines and ordinary text as they were', () => {
    expect(textToLines('APOLOGIES FOR ABSENCEThere were none.').map((l) => l.text)).toEqual([
      'APOLOGIES FOR ABSENCEThere were none.',
    ]);
  });
});

describe('numbers and run-in agenda wording', () => {
  it('minute numbers with a letter prefix and a year: "PC/101/23 APOLOGIES"', () => {
    const t = [
      'Minutes of the Planning Committee held on 4 April 2023',
      'Present: Councillors Bell and Dale',
      'PC/101/23 APOLOGIES',
      'Apologies were received from Councillor Hill.',
      'PC/102/23 APPLICATION 23/0456 - LAND AT MILL LANE',
      'RESOLVED: That planning permission be granted.',
      'PC/103/23 APPEALS',
      'The committee noted the appeal decisions.',
    ].join('\n');
    expect(numbered(t)).toEqual([
      ['PC/101/23', 'APOLOGIES'],
      ['PC/102/23', 'APPLICATION 23/0456 - LAND AT MILL LANE'],
      ['PC/103/23', 'APPEALS'],
    ]);
  });

  it('a flattened agenda: "3. Minutes To approve the minutes of …"', () => {
    const t = [
      'Borsetshire District Council',
      'AGENDA',
      '1. Apologies for Absence',
      '2. Minutes To approve the minutes of the meeting held on 7 March 2023. 5 - 12',
      '3. Exclusion of the Press and Public',
    ].join('\n\n');
    expect(numbered(t)).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Minutes'],
      ['3', 'Exclusion of the Press and Public'],
    ]);
  });
});

describe('text tables and attachment lists', () => {
  it('an archived agenda table: "6 | Long title of the item. |"', () => {
    const t = [
      'Date | Wednesday 9 July 2003 |',
      '---|---|',
      'Item | Subject |',
      '---|---|',
      '1 | Apologies for absence |',
      '2 | To approve as correct records the minutes of the meeting held on 27th May, 2003 |',
      '3 | Loxley Barrett Community Trust - Presentation on work being carried out across the Ambridge area. |',
      '4 | Any other business. |',
      '4a | Supplementary Planning Guidance |',
    ].join('\n');
    expect(numbered(t)).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'To approve as correct records the minutes of the meeting held on 27th May, 2003'],
      ['3', 'Loxley Barrett Community Trust - Presentation on work being carried out across the Ambridge area.'],
      ['4', 'Any other business.'],
      ['4a', 'Supplementary Planning Guidance'],
    ]);
  });

  it('drops the list of papers printed after an agenda title', () => {
    expect(
      tidyTitle(
        'Minutes of Council Meeting held on 2 March 2021 - Circulated Full Council - 02 Mar 21.pdf Not included',
      ).title,
    ).toBe('Minutes of Council Meeting held on 2 March 2021');
    expect(tidyTitle('Protocol Implementation - Report circulated Protocol final.pdf Not included').title).toBe(
      'Protocol Implementation',
    );
    expect(tidyTitle('Meeting with the Minister - Verbal report').title).toBe(
      'Meeting with the Minister - Verbal report',
    );
  });
});

describe('unnumbered Scottish minutes and CMIS pages', () => {
  it('the paper heading above "At a meeting of …" and "Councillor X in the Chair" are no items', () => {
    const t = [
      'ROADS AND TRANSPORT COMMITTEE',
      'At a meeting of the Roads and Transport Committee held within the Council Offices, on Wednesday, 4th September 1996',
      'Present: Councillors Ann Bell (LAB), Tom Dale (SNP) and Rose Hill (LAB).',
      'Councillor Ann Bell in the Chair',
      'MINUTES OF PREVIOUS MEETING',
      'The Minutes of Meeting of the Roads and Transport Committee held on 7th August 1996 were submitted and approved.',
      'WINTER MAINTENANCE PLAN',
      'There was submitted a report by the Director of Roads on the winter maintenance plan.',
      'The Committee agreed to approve the plan.',
    ].join('\n\n');
    expect(items(t).map((i) => i.title)).toEqual(['MINUTES OF PREVIOUS MEETING', 'WINTER MAINTENANCE PLAN']);
  });

  it('"3 Resolution": the exclusion item titled by its resolution', () => {
    const t = [
      'Meeting Details',
      'Ambridge Council',
      '28 Oct 2020 - 09:30 to 12:45',
      'Public Items',
      '1 Sederunt',
      '2 Declaration of Members Interests',
      'There were no declarations of interest.',
      '3 Resolution',
      'Consider, and if so decide, adopt the following resolution:',
      'The Meeting resolved that the public be excluded from the meeting for Item 9 of business.',
      '4 Minutes',
      'The Minute of the Meeting of Ambridge Council dated 2 September 2020 was submitted and approved.',
    ].join('\n');
    const got = items(t);
    expect(got.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Sederunt'],
      ['2', 'Declaration of Members Interests'],
      ['3', 'Resolution'],
      ['4', 'Minutes'],
    ]);
    expect(got[2].resolution?.text).toMatch(/public be excluded/);
  });
});

describe('printed agendas are agendas', () => {
  it('a summons letter with a spaced "A G E N D A"', () => {
    const t = [
      'Dear Sir / Madam,',
      'A meeting of the COUNTY COUNCIL will be held in the COUNCIL CHAMBER on TUESDAY, 06 NOVEMBER 2018 to consider the following items.',
      'A G E N D A',
      '1. APOLOGIES FOR ABSENCE',
      '2. COUNCIL MINUTES To confirm as a correct record the minutes of the meeting held on 31 July 2018.',
    ].join('\n\n');
    expect(extractDocument(t).parts[0].kind).toBe('agenda');
  });

  it('a CMIS agenda: what the council "is asked to" do, reports "(copy herewith)", an old decision quoted', () => {
    const t = [
      'Meeting Details',
      'Ambridge Council',
      '26 Jun 2024 - 10:30 to 15:30',
      'Public Items',
      '1 Welcome and Apologies',
      '2 Twinning Agreement',
      'Council is asked to approve the twinning of Ambridge and Borchester.',
      'Report by Head of Legal Services (copy herewith 24/202)',
      '3 Revisions to Scheme of Administration',
      'Council is asked to approve the following changes:',
      'The Council has resolved that the Chief Planning Officer will be the Planning Manager.',
      'Report by Head of Legal Services (copy herewith 24/203)',
    ].join('\n\n');
    const part = extractDocument(t).parts[0];
    expect(part.kind).toBe('agenda');
    expect(part.items.every((i) => !i.resolution)).toBe(true);
  });

  it('an archived agenda table ("Item | Subject |") with no outcomes', () => {
    const t = [
      'Date | Wednesday 9 July 2003 |',
      'Item | Subject |',
      '---|---|',
      '1 | Apologies for absence |',
      '2 | To approve as correct records the minutes of the meeting held on 27th May, 2003 |',
      '3 | Matters arising |',
    ].join('\n');
    expect(extractDocument(t).parts[0].kind).toBe('agenda');
  });
});
