// Parish and town council minutes met on councils the engine was not tuned on (holdout4/5). Every
// sample is written here by hand (invented places and people) to pin one shape of council text.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';
import { parseNumber, transition } from '../../../utils/extract/numbering';
import { capsLead } from '../../../utils/extract/titles';

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
