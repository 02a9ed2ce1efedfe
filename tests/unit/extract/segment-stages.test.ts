// One test per segmentation shape, each on a short sample written for it (never a council's text):
// unnumbered ModernGov page text, table renderings, lost titles, "(Item N)" references, two-level
// numbering, numbers alone, registers of decisions, single-item pages and committee reports.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';
import { isBlockTitle, segmentBlocks } from '../../../utils/extract/blocks';
import { toLines } from '../../../utils/extract/normalise';
import { numberedList } from '../../fixtures/extract/pathological';

const part = (t: string) => extractDocument(t).parts[0];
const items = (t: string) => (part(t)?.items ?? []).map((i) => [i.number, i.title]);

describe('unnumbered ModernGov page text', () => {
  const page = [
    'Agenda and minutes',
    '',
    'Licensing Committee - Tuesday, 4th March, 2025 7.00 pm',
    '',
    'Venue: Room 2, Civic Centre',
    '',
    'No. Item',
    '',
    '',
    'Apologies for absence',
    '',
    'Apologies were received from Councillor Ash.',
    '',
    '',
    'Minutes of the last meeting pdf icon PDF 120 KB',
    '',
    'To approve the minutes of the meeting held on 4 February 2025.',
    '',
    'Additional documents:',
    '',
    'That the minutes of the meeting held on 4 February 2025 be approved as a correct record.',
    '',
    '',
    'To receive any declarations of interest.',
    '',
    'None were declared.',
    '',
    '',
    'Taxi Fares Review pdf icon PDF 80 KB',
    '',
    'Responsibility: Head of Licensing',
    '',
    'The officer introduced the report, which set out the following:',
    '',
    'Fare Tariff One',
    '',
    'RESOLVED that the revised fares be adopted from 1 April 2025.',
  ].join('\n');

  it('titles, a lost title (agenda wording after an outcome), and field lines that are not titles', () => {
    expect(items(page)).toEqual([
      [null, 'Apologies for absence'],
      [null, 'Minutes of the last meeting'],
      [null, ''],
      [null, 'Taxi Fares Review'],
    ]);
  });

  it('committee and date come from the page heading, not the chrome', () => {
    expect(part(page)).toMatchObject({ committee: 'Licensing Committee', meetingDate: '2025-03-04' });
  });

  it('a formal "That … be approved" paragraph with its heading lost is the decision', () => {
    expect(part(page).items[1].resolution?.text).toMatch(/^That the minutes .* be approved/);
    expect(part(page).items[3].resolution?.text).toBe('that the revised fares be adopted from 1 April 2025.');
  });

  it('title lines: a doc link makes one, a sentence, a colon, a lower-case start or a passive clause does not', () => {
    const lines = toLines(
      'x\n\nBudget Report pdf icon PDF 1 MB\n\nThe report was noted.\n\nFollowing debate:\n\nMembers are asked to note the report\n\nland at the rear',
    );
    const at = (i: number) => isBlockTitle(lines[i], lines[i - 1]);
    expect([at(1), at(2), at(3), at(4), at(5)]).toEqual([true, false, false, false, false]);
  });
});

describe('ModernGov items tables rendered as text', () => {
  it('rows end in "|"; the title is the text before the first section label; a row may have none', () => {
    const t = [
      'No. | Item |',
      '---|---|',
      'Apologies for Absence Minutes: None. |',
      '|',
      'Additional documents:',
      'Decision: RESOLVED: that the grant be awarded.',
      '|',
      'Parks Strategy Additional documents:',
      'Decision: AGREED RECOMMENDATIONS: Reason for decision – as in the report. Other options considered – none.',
      'That the strategy be adopted.',
      '|',
    ].join('\n');
    const got = part(t).items;
    expect(got.map((i) => i.title)).toEqual(['Apologies for Absence', '', 'Parks Strategy']);
    expect(got[1].resolution?.text).toBe('that the grant be awarded.');
    // Boilerplate between the marker and the decision is skipped.
    expect(got[2].resolution?.text).toBe('That the strategy be adopted.');
  });

  it('rows without the closing "|": a title followed by a section label opens the next row', () => {
    const t =
      'No. | Item |\nApologies Minutes:\nNone received.\nDeclarations of Interest Minutes:\nNone.\nMinutes of Previous Meeting Decision: Noted.\nThat the minutes be confirmed as a correct record.';
    expect(items(t).map((i) => i[1])).toEqual(['Apologies', 'Declarations of Interest', 'Minutes of Previous Meeting']);
    expect(part(t).items[2].resolution?.text).toBe('That the minutes be confirmed as a correct record.');
  });
});

describe('printed minutes', () => {
  it('"(Item N)" under or after a title gives the number; under a minute number it is the agenda item', () => {
    const plain =
      'Apologies and Substitutes\n(Item 1)\nApologies were received.\n\nWork Programme (Item 2)\nRESOLVED that the programme be noted.';
    expect(items(plain)).toEqual([
      ['1', 'Apologies and Substitutes'],
      ['2', 'Work Programme'],
    ]);
    const minuted =
      '10. Apologies\n(Item 1)\nNone.\n\n11. Budget Monitoring Report – Quarter\nTwo 2024-25\n(Item 2)\nRESOLVED that the report be noted.';
    const got = part(minuted).items;
    expect(got.map((i) => [i.number, i.title, i.agendaItem])).toEqual([
      ['10', 'Apologies', '1'],
      ['11', 'Budget Monitoring Report – Quarter Two 2024-25', '2'],
    ]);
  });

  it('lettered lines that wrap, or follow a colon, are parts of the text, not items', () => {
    const t =
      '5. Updates\nThe Leader gave an update on the following:\n\n(a) Before the recess the Council wrote to the Minister about the\nbudget settlement for adult social care.\n\n6. Budget\nRESOLVED that Cabinet agree to:\n(a) Note the forecast\n(b) Approve the virements\n7. Close\nNone.';
    expect(items(t).map((i) => i[0])).toEqual(['5', '6', '7']);
  });

  it('a number alone between blank lines is an untitled item when the running order wants it', () => {
    const t =
      '1 Apologies\nNone.\n2 Declarations\nNone.\n\n3\n\nThe minutes of the meeting held on 1 May were approved as a correct record.\n\n4\n\nResolved: That the special minutes be approved.\n\n5 Announcements\nThe Chairman welcomed everyone.';
    expect(items(t)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Declarations'],
      ['3', ''],
      ['4', ''],
      ['5', 'Announcements'],
    ]);
  });

  it('two-level numbering: main numbers that only group sub-items are not items', () => {
    const t =
      '1. Order of business\n\n1.1\n\nOrder of Business\n\n2. Reports\n\n2.1\n\nCouncil Diary\n\n2.2\n\nGrant Standing Orders';
    expect(items(t)).toEqual([
      ['1.1', 'Order of Business'],
      ['2.1', 'Council Diary'],
      ['2.2', 'Grant Standing Orders'],
    ]);
    // When only some main numbers open sub-items, every number is an item.
    const some = '1. MINUTES\nApproved.\n2. ANNOUNCEMENTS\n2.1 New Member\nWelcomed.\n2.2 Retirement\nNoted.';
    expect(items(some).map((i) => i[0])).toEqual(['1', '2', '2.1', '2.2']);
  });
});

describe('other page and paper shapes', () => {
  it('a register of decisions: each "date - title ref: N" line is a decision', () => {
    const t =
      'Decisions published\n\n18/06/2024 - Vehicle Leasing ref: 7851    For consultation\n\nDecision Maker: Director\n\nDecision published: 10/06/2024\n\n1. To vary the leasing contract.\n\nWards affected: (All Wards);\n\n14/06/2024 - Crossovers ref: 7850\n\nDecision Maker: Assistant Director\n\n(1) To approve the consultation.';
    const got = part(t).items;
    expect(got.map((i) => [i.number, i.title])).toEqual([
      ['7851', 'Vehicle Leasing'],
      ['7850', 'Crossovers'],
    ]);
    expect(got[0].resolution?.text).toBe('1. To vary the leasing contract.');
  });

  it('an agenda item page after site chrome; a lost title; a lost header', () => {
    expect(
      items(
        'Menu\nCouncil meetings\n\nAgenda item\n\nParks Strategy\n\nDecision:\n\nRESOLVED: that the strategy be adopted.',
      ),
    ).toEqual([[null, 'Parks Strategy']]);
    expect(
      items(
        'Agenda item\n\nAgenda item\n\nTo consider the report.\n\n(a) the work programme be approved;\n\n(b) the groups be appointed.',
      ),
    ).toEqual([[null, '']]);
    const lost = part('Members are asked to note the actions list.\nMinutes:\nThe Committee received the list.');
    expect(lost.items.map((i) => i.title)).toEqual(['']);
    expect(lost.items[0].recommendation?.text).toBe('Members are asked to note the actions list.');
  });

  it('a committee report with a cover block is one item with its recommendation', () => {
    const t =
      'From: Cabinet Member for Schools\n\nTo: Cabinet – 30 January 2025\n\nSubject: School Places Plan 2025-29\n\nClassification: Unrestricted\n\nRecommendation(s):\n\nCabinet is asked to agree the School Places Plan.\n\n1. Introduction\n1.1 The plan sets out need.\n2. Background\n2.1 More text.';
    const p = part(t);
    expect(p).toMatchObject({ committee: 'Cabinet', meetingDate: '2025-01-30' });
    expect(p.items.map((i) => i.title)).toEqual(['School Places Plan 2025-29']);
    expect(p.items[0].recommendation?.text).toBe('Cabinet is asked to agree the School Places Plan.');
  });

  it('segmentBlocks reports whether the items header was seen', () => {
    const lines = toLines('No. Item\n\nApologies\n\nNone.');
    expect(segmentBlocks(lines, 0, lines.length).header).toBe(true);
  });

  it('a 60,000-line numbered list is read to its end without throwing', () => {
    const x = extractDocument(numberedList(60_000));
    const got = x.parts.flatMap((p) => p.items);
    expect(got.length).toBeGreaterThan(9000);
    expect(got[0]).toMatchObject({ number: '1', title: 'Item 1' });
    // Speed is the bench's figure (extract.numberedList60k.ms); a loaded machine must not fail this.
  }, 60_000);
});
