// References to earlier meetings as data, in the shapes councils print them. Samples written for
// these tests, in the wording of the genre.
import { describe, expect, it } from 'vitest';
import { findReferences, itemReferences } from '../../../utils/extract/references';
import { extractDocument } from '../../../utils/extract';

const refs = (s: string, d: string | null = '2024-03-20') => findReferences(s, d).map((r) => [r.meetingDate, r.minute]);

describe('references', () => {
  it('the minutes of a meeting held on a date, with or without the year', () => {
    expect(refs('The minutes of the meeting held on 14 February 2024 were agreed.')).toEqual([['2024-02-14', null]]);
    expect(refs('RESOLVED: the minutes of the meeting held on 14 February be approved.')).toEqual([
      ['2024-02-14', null],
    ]);
    expect(refs('The minute of its previous meeting of 7 March 2024 was approved.')).toEqual([['2024-03-07', null]]);
  });
  it('one reference per meeting in a list, the year printed once', () => {
    expect(refs('To confirm the Minutes of the meetings held on 12 January and 9 February 2024.')).toEqual([
      ['2024-01-12', null],
      ['2024-02-09', null],
    ]);
  });
  it('a number printed with the date, and decision numbers', () => {
    expect(
      refs('the endorsement of decision PLA 12, made at its meeting held on 4 March 2024 (Minute No 42), be noted.'),
    ).toEqual([
      ['2024-03-04', '42'],
      [null, 'PLA 12'],
    ]);
    expect(
      findReferences('Members considered the call-in of Decision - 23/00451 - Library Opening Hours.', null)[0],
    ).toMatchObject({ minute: '23/00451', title: 'Library Opening Hours' });
  });
  it('as reported to a committee, a referral, a recommendation of a named committee', () => {
    expect(refs('This was reported to the Audit Committee on 6 December 2023.')).toEqual([['2023-12-06', null]]);
    expect(refs("To consider the committee's referral from 3 December.")).toEqual([['2023-12-03', null]]);
    expect(
      findReferences('To consider the attached recommendation of the Housing Scrutiny Committee.')[0],
    ).toMatchObject({ committee: 'Housing Scrutiny Committee' });
  });
  it('the previous meeting, dated from the heading', () => {
    const r = itemReferences(
      'Minutes of the meeting held on 1 February 2024',
      findReferences('The minutes of the previous meeting were agreed.', '2024-03-20'),
      '2024-03-20',
    );
    expect(r.map((x) => x.meetingDate)).toEqual(['2024-02-01', '2024-02-01']);
    expect(itemReferences('5TH FEBRUARY, 2024', [], '2024-03-20').map((x) => x.meetingDate)).toEqual(['2024-02-05']);
  });
  it("earlier minute numbers, not this meeting's own", () => {
    expect(refs('The Chair advised of urgent business (Minute 56 refers).')).toEqual([]);
    expect(refs('As agreed previously (Min. 45/22), the scheme proceeds.')).toEqual([[null, '45/22']]);
    expect(refs('declared an interest in Minute Number 112/23 – Parking.')).toEqual([]);
  });
  it('not references: future meetings and deadlines', () => {
    expect(refs('The plan will be considered by Council on 22 April 2024.')).toEqual([]);
    expect(
      refs('Questions must be received in writing 10 working days before the date of the meeting – 6 March 2024.'),
    ).toEqual([]);
    expect(refs('The next meeting will be held on 17 April 2024.')).toEqual([]);
  });
  it('never throws and stays linear on long input', () => {
    expect(findReferences(null as unknown as string)).toEqual([]);
    const t0 = performance.now();
    findReferences(
      'minutes of the meeting held on 1 May 2020 '.repeat(50_000) + '12 March '.repeat(50_000),
      '2024-01-01',
    );
    // A catastrophic regex takes minutes here; the bound only catches that (figures live in `npm run bench`).
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);
});

describe('references met on further councils', () => {
  it('"at the AGM" is an earlier meeting, undated; a future AGM is not', () => {
    const got = findReferences('It was noted that no Safety Champion had been appointed at the AGM.', '2019-06-20');
    expect(got.map((r) => [r.text, r.meetingDate])).toEqual([
      ['It was noted that no Safety Champion had been appointed at the AGM', null],
    ]);
    expect(findReferences('The Vice-Chair will be elected at the AGM in May.', '2019-06-20')).toEqual([]);
  });

  it('minute numbers under "Matters arising" are the previous meeting\'s', () => {
    const got = findReferences(
      'Matters Arising\nWith regard to Minute No. 53, the Leader said the figures were now final.',
      '2021-12-01',
    );
    expect(got.map((r) => r.minute)).toEqual(['53']);
  });

  it('"since the last meeting" takes the date of the minutes this meeting confirms', () => {
    const t =
      "No. Item\n\nMinutes of the Previous Meeting\n\nTo confirm the minutes of the meeting held on 14 July 2022.\n\nThe minutes were approved as a correct record.\n\nLeader's Announcements\n\nThe Leader reported on events since the last meeting of the Council.\n";
    const items = extractDocument(t).parts[0].items;
    const last = items.flatMap((i) => i.references).find((r) => /since the last meeting/.test(r.text));
    expect(last?.meetingDate).toBe('2022-07-14');
  });
});

describe('references met on holdout sets 4 and 5', () => {
  it("a minute corrected in the minutes being confirmed is that meeting's minute", () => {
    const got = findReferences(
      'That the minutes of the meeting held on 2 May 2024 be approved, subject to the correction of a name in Minute 31 – Public Questions.',
      '2024-06-12',
    );
    expect(got.map((r) => [r.meetingDate, r.minute])).toEqual([
      ['2024-05-02', null],
      ['2024-05-02', '31'],
    ]);
  });

  it('"Minute N of the <body>" and "Item Number N. <title>" of an earlier meeting named in the item', () => {
    const got = findReferences(
      'The Panel considered the decisions arising from the Cabinet meeting held on 4th April 2023.\nItem Number 12. Parking Charges Review\nResolved – That Minute 12 of the Cabinet be noted.',
      '2023-05-10',
    );
    expect(got.map((r) => [r.meetingDate, r.minute])).toEqual([
      ['2023-04-04', null],
      ['2023-04-04', '12'],
      ['2023-04-04', '12'],
    ]);
  });

  it('"arising under item N (<title>)" of the meeting whose minutes are noted', () => {
    const got = findReferences(
      'The Minutes of the Meeting of the Roads Committee held on 3 March 2022 were noted. Arising under item 5 (Winter Gritting Routes), the Chair thanked staff.',
      '2022-04-20',
    );
    expect(got.map((r) => [r.meetingDate, r.minute])).toEqual([
      ['2022-03-03', null],
      ['2022-03-03', '5'],
    ]);
  });

  it('"previous employment … meetings" is no meeting; "the last Parks and Open Spaces meeting" is', () => {
    expect(
      findReferences(
        'Councillor Hale declared that in previous employment she had attended meetings of the trust.',
        '2024-01-10',
      ),
    ).toEqual([]);
    expect(
      findReferences('Matters from the last Parks and Open Spaces meeting were discussed.', '2024-01-10').length,
    ).toBe(1);
  });

  it("a date a figure is measured at, or a period, is not a meeting's date", () => {
    expect(
      findReferences(
        'Submit report by the Head of Finance on the financial performance of the Council at 31 December 2023 and on treasury management for the period 1 April to 31 December 2023.',
        '2024-02-13',
      ),
    ).toEqual([]);
  });
});
