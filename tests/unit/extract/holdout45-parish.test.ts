// Parish and town council minutes met on councils the engine was not tuned on (holdout4/5). Every
// sample is written here by hand (invented places and people) to pin one shape of council text.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';
import { parseNumber, transition } from '../../../utils/extract/numbering';
import { capsLead, colonHeading, verblessSentence } from '../../../utils/extract/titles';

const items = (t: string) => extractDocument(t).parts[0]?.items ?? [];
const numbered = (t: string) => items(t).map((i) => [i.number, i.title]);

describe('three-level numbers and capitals headings run into their text', () => {
  it('"22.3.1. ELECTION OF CHAIRMAN – Cllr Hale proposed …" (year.month.item numbering)', () => {
    const t = [
      'ASHCOMBE PARISH COUNCIL',
      'MINUTES of the Annual Meeting of ASHCOMBE PARISH COUNCIL held in the Village Hall on',
      'Tuesday 15th March 2022 at 7.30 p.m.',
      'Present: Councillors Mrs A Hale (Chair), Mr B Dunn, Mrs C Ross.',
      '22.3.1. ELECTION OF CHAIRMAN FOR THE ENSUING YEAR – Cllr Dunn proposed and Cllr Ross',
      'seconded that Cllr Hale be elected as Chair. This was agreed.',
      '22.3.2. TO RECEIVE ANY APOLOGIES FOR ABSENCE – Apologies from Cllr Webb.',
      '22.3.3. MINUTES OF THE MEETING HELD ON 15TH FEBRUARY 2022 – RESOLVED that the minutes',
      'were an accurate record.',
      '22.3.4. MATTERS ARISING – Nil.',
    ].join('\n');
    expect(numbered(t)).toEqual([
      ['22.3.1', 'ELECTION OF CHAIRMAN FOR THE ENSUING YEAR'],
      ['22.3.2', 'TO RECEIVE ANY APOLOGIES FOR ABSENCE'],
      ['22.3.3', 'MINUTES OF THE MEETING HELD ON 15TH FEBRUARY 2022'],
      ['22.3.4', 'MATTERS ARISING'],
    ]);
    expect(items(t)[2].resolution?.text).toMatch(/^that the minutes were an accurate record/);
  });

  it('orders three-level numbers on their last part', () => {
    const a = parseNumber('22.3.1')!;
    const b = parseNumber('22.3.2')!;
    expect([a.major, a.sub, a.sub2, a.label]).toEqual([22, 3, 1, '22.3.1']);
    expect(transition(a, b)).toBeGreaterThan(0);
    expect(transition(b, a)).toBeNull();
  });

  it('"24. APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST Cllrs …": a heading with no mark before its text', () => {
    const t = [
      'MINUTES OF THE ORDINARY MEETING OF THE FARLEIGH TOWN COUNCIL HELD ON THURSDAY 4th APRIL 2019',
      '',
      '24. APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST Cllrs P Lamb, R Moss.',
      '',
      '25. QUESTIONS FROM MEMBERS OF THE PUBLIC No questions had been submitted.',
      '',
      '26. TO CONFIRM THE MINUTES OF THE MEETING ON 7TH MARCH 2019 The minutes were accepted as a true record.',
    ].join('\n');
    expect(numbered(t)).toEqual([
      ['24', 'APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST'],
      ['25', 'QUESTIONS FROM MEMBERS OF THE PUBLIC'],
      ['26', 'TO CONFIRM THE MINUTES OF THE MEETING ON 7TH MARCH 2019'],
    ]);
  });

  it('reads the capitals off the line, and not a short acronym, a wrapped heading or a decision', () => {
    expect(capsLead('MATTERS ARISING – Nil.')).toEqual({ title: 'MATTERS ARISING', body: 'Nil.' });
    expect(capsLead('MINUTES OF 2ND MAY – RESOLVED that they be signed')).toEqual({
      title: 'MINUTES OF 2ND MAY',
      body: 'RESOLVED that they be signed',
    });
    expect(capsLead('PLANNING APPLICATIONS RECEIVED A new application was noted')).toEqual({
      title: 'PLANNING APPLICATIONS RECEIVED',
      body: 'A new application was noted',
    });
    expect(capsLead('HR AND OD Strategy')).toBeNull();
    expect(capsLead('REPORT OF THE Clerk on the budget')).toBeNull();
    expect(capsLead('RESOLVED – that the grant be paid')).toBeNull();
    expect(capsLead('ALL CAPITALS HEADING')).toBeNull();
  });
});

describe('agenda wording as the heading, and motions told in the story', () => {
  it('"3.1.1 The Minutes of the Meeting held on … (previously circulated)." alone between blank lines', () => {
    const t = [
      'Minutes of the meeting of Oakridge Parish Council held on Tuesday 4 April 2017.',
      '',
      '2. Declarations of Interests: None.',
      '',
      '3.1.1 The Minutes of the Meeting held on Tuesday 7 March 2017 (previously circulated).',
      '',
      'Cllr Vane proposed that they were a true record; the proposal was seconded by Cllr Holt and unanimously agreed.',
      '',
      '3.1.2 Matters arising.',
      '',
      'There were none.',
    ].join('\n');
    expect(numbered(t).map((n) => n[0])).toEqual(['2', '3.1.1', '3.1.2']);
    expect(items(t)[1].resolution?.text).toMatch(/Cllr Vane proposed that they were a true record/);
  });

  it('a decision or a sentence with a verb is no heading', () => {
    expect(verblessSentence('The Minutes of the Meeting held on 7 March (previously circulated).')).toBe(true);
    expect(verblessSentence('That the Chairman signed the minutes.')).toBe(false);
    expect(verblessSentence('Council CONFIRMED the minutes of the last meeting.')).toBe(false);
    expect(verblessSentence('The report was noted.')).toBe(false);
  });

  it('"Cllr A proposed and Cllr B seconded that … This was agreed." across wrapped lines', () => {
    const t = [
      'MINUTES of the Annual Meeting of Lowford Parish Council held on 10th May 2022',
      '1. ELECTION OF CHAIRMAN – Cllr. Pike proposed and Cllr Lane',
      'seconded that Cllr Rowe be elected as Chair for the year. This was',
      'unanimously agreed. Cllr Rowe would sign the declaration.',
      '2. ELECTION OF VICE CHAIRMAN – PL proposed that AH be elected and was seconded by MR. This motion',
      'was agreed by all councillors.',
      '3. PAYMENTS – Cllr Pike proposed the payments listed be made, all in favour.',
      '4. FOOTPATHS – Cllr Lane proposed a new stile. Cllr Pike thought it too costly.',
    ].join('\n');
    const res = items(t).map((i) => i.resolution?.text ?? null);
    expect(res[0]).toMatch(
      /^Cllr Pike proposed and Cllr Lane seconded that Cllr Rowe be elected .* unanimously agreed\.$/,
    );
    expect(res[1]).toMatch(/PL proposed that AH be elected .* This motion was agreed by all councillors\./);
    expect(res[2]).toMatch(/proposed the payments listed be made, all in favour/);
    expect(res[3]).toBeNull();
  });
});

describe('headings set as lone bullets', () => {
  it('"- Apologies for absence" / "None." / "- Declaration of Interest": each bullet between prose is an item', () => {
    const t = [
      'MINUTES OF MEETING OF BRAMLEY PARISH COUNCIL',
      'held in the Village Hall on 16th May 2022',
      'Present:',
      'Jane Fox (JF) Chairman',
      'Tom Reed (TR) Councillor',
      '- Apologies for absence',
      'None.',
      '- Declaration of Interest',
      'There were no declarations of interest.',
      '- Election of Chairman',
      'JF proposed that TR be elected and was seconded by AB. This motion was unanimously agreed. The',
      'vice chairman was also proposed by JF and seconded by AB and unanimously agreed.',
      '- Footpaths',
      'The stile at Long Lane had been mended.',
    ].join('\n');
    const got = items(t);
    expect(got.map((i) => i.title)).toEqual([
      'Apologies for absence',
      'Declaration of Interest',
      'Election of Chairman',
      'Footpaths',
    ]);
    expect(got[2].resolution?.text).toMatch(/JF proposed that TR be elected .* This motion was unanimously agreed\./);
    expect(got[2].resolution?.text).toMatch(/vice chairman was also proposed by JF and seconded by AB/);
  });

  it('one bullet alone is a note, not an item', () => {
    const t = [
      'PLANNING COMMITTEE',
      'Councillor Ann Bell in the Chair',
      '* Attended later in meeting',
      'MINUTES OF PREVIOUS MEETING',
      'The Minutes of the meeting held on 5th June were submitted and approved as a correct record.',
      'NOTE OF SITE VISIT',
      'The Committee agreed to note the report.',
    ].join('\n');
    expect(items(t).map((i) => i.title)).not.toContain('Attended later in meeting');
  });
});

describe('minute reference and item ("512-3.") with the agenda wording ending in a colon', () => {
  it('numbers every item under the reference, the text on the lines below', () => {
    const t = [
      'Hollow Brook Parish Council',
      'Draft Minutes',
      'Reference Number: 512.',
      'Minutes of Hollow Brook Parish Council Meeting held on 12th March 2019 at the Village Hall.',
      'Proceedings commenced at 7.30pm.',
      '512-1.To receive apologies from Members:',
      'Apologies received from Cllr Dean.',
      'IT WAS resolved:',
      'To accept the apologies from Cllr Dean.',
      '512-2.To receive declarations of interest:',
      'There were no declarations of interest.',
      '512-3.Public participation time:',
      'No questions were received.',
      '512-4.To confirm that the minutes of the meeting held on 8th January 2019 are a true record.',
      'IT WAS resolved:',
      'That the minutes be signed.',
    ].join('\n');
    expect(numbered(t)).toEqual([
      ['512-1', 'To receive apologies from Members'],
      ['512-2', 'To receive declarations of interest'],
      ['512-3', 'Public participation time'],
      ['512-4', expect.stringMatching(/^To confirm that the minutes of the meeting held on 8th January/)],
    ]);
    expect(items(t)[0].resolution?.text).toBe('To accept the apologies from Cllr Dean.');
    expect(parseNumber('512-3')).toMatchObject({ major: 512, sub: 3, label: '512-3' });
  });

  it('a decision or a list intro ending in a colon is no heading', () => {
    expect(colonHeading('To receive apologies from Members:')).toBe(true);
    expect(colonHeading('RESOLVED:')).toBe(false);
    expect(colonHeading('The Council agreed the following:')).toBe(false);
    expect(colonHeading('The Clerk reported:')).toBe(false);
  });
});

describe('a list whose numbers were all printed "1."', () => {
  it('each "1." opens an item when no "2." is anywhere', () => {
    const t = [
      'Minutes of a meeting of Dunford Town Council held on Monday, 3rd June 2024 at 7.00 pm.',
      'Present: Councillors Ann Lee (Chair), Bob Marsh, Cara Nunn.',
      '1. Apologies for absence were received from Cllrs. Dale and Earl.',
      '1. Minutes RESOLVED that the minutes of the meeting held on 6th May 2024 be approved as a correct record.',
      '1. Matters Arising from Public Session',
      'None.',
      '1. Planning Applications',
      'The council had no objection to 24/0101 at Mill Lane.',
    ].join('\n');
    expect(numbered(t)).toEqual([
      ['1', expect.stringMatching(/^Apologies for absence/)],
      ['1', 'Minutes'],
      ['1', 'Matters Arising from Public Session'],
      ['1', 'Planning Applications'],
    ]);
    expect(items(t)[1].resolution?.text).toMatch(/^that the minutes of the meeting held on 6th May 2024 be approved/);
  });

  it('a list that counts on is read as usual', () => {
    const t = [
      'Minutes of the meeting held on 3rd June 2024.',
      '1. Apologies',
      'None.',
      '2. Minutes',
      'RESOLVED that the minutes be signed.',
      '3. Planning',
      'No applications.',
    ].join('\n');
    expect(numbered(t).map((n) => n[0])).toEqual(['1', '2', '3']);
  });
});
