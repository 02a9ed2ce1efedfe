// Every way the genre announces a decision, and the procedural notes that are not decisions.
import { describe, expect, it } from 'vitest';
import { analyseBlock } from '../../../utils/extract';

const res = (t: string) => analyseBlock(t, { meetingDate: '2023-01-01', kind: 'minutes' }).resolution;

describe('resolutions', () => {
  it.each([
    ['RESOLVED: That the report be noted.', 'That the report be noted.'],
    [
      'Resolved: That the Minutes of the meeting held on 22 June 2017 be approved.',
      'That the Minutes of the meeting held on 22 June 2017 be approved.',
    ],
    ['RESOLVED – that the fees be increased.', 'that the fees be increased.'],
    [
      'It was resolved that:\n(a) the strategy be approved;\n(b) the plan be noted.',
      'that: (a) the strategy be approved; (b) the plan be noted.',
    ],
    [
      'Resolved\n\n1. That the plan be approved.\n2. That the investment be approved.\n\nReasons for Decisions\nTo save money.',
      '1. That the plan be approved. 2. That the investment be approved.',
    ],
    [
      'Decision:\nThat the scheme be adopted.\nMinutes:\nThe Cabinet Member introduced the report.',
      'That the scheme be adopted.',
    ],
    ['### Decision\n\nThat the minutes be confirmed.', 'That the minutes be confirmed.'],
    ['AGREED: that the Clerk obtains quotes.', 'that the Clerk obtains quotes.'],
    ['It was unanimously RESOLVED that the grant be awarded.', 'that the grant be awarded.'],
    ['Council resolved that the budget be set.', 'that the budget be set.'],
    [
      'Proposed by Cllr Jones, seconded by Cllr Brown and resolved that the payments be approved.',
      'that the payments be approved.',
    ],
    [
      'Proposed by Cllr. Kelly\nSeconded by Cllr. Byrne\nAnd Resolved: "That the land be disposed of."',
      '"That the land be disposed of."',
    ],
    [
      'On the proposal of Cllr. Byrne, seconded by Cllr. Kelly, the Members approved the estimates.',
      'On the proposal of Cllr Byrne, seconded by Cllr Kelly, the Members approved the estimates.',
    ],
    [
      'The minutes of the meeting held on 6 September 2017 were confirmed and signed.',
      'The minutes of the meeting held on 6 September 2017 were confirmed and signed.',
    ],
    ['The minutes were approved as a correct record.', 'The minutes were approved as a correct record.'],
    [
      'Councillor Smith moved, seconded by Councillor Jones, that the Council declares a climate emergency.\nOn being put to the vote the motion was CARRIED.',
      'Councillor Smith moved, seconded by Councillor Jones, that the Council declares a climate emergency.',
    ],
  ])('%s', (input, want) => {
    expect(res(input)?.text).toBe(want);
  });

  it('keeps lettered parts together', () => {
    expect(
      res('RESOLVED: that\n- (a) the plan be approved;\n- (b) the budget be noted; and\n- (c) officers report back.')
        ?.parts,
    ).toEqual(['(a) the plan be approved;', '(b) the budget be noted; and', '(c) officers report back.']);
  });

  it.each([
    'Apologies for absence were received from Cllrs Cox and Wharf.',
    'There were no declarations of interest.',
    "The matter was resolved to everyone's satisfaction.",
    'The work was carried out in May.',
    'The amendment was put to the vote and was LOST.',
    'To confirm and sign the minutes of the meeting held on 14 September 2023.',
  ])('not a resolution: %s', (input) => {
    expect(res(input)).toBeNull();
  });

  it('agenda text is never a resolution', () => {
    expect(
      analyseBlock('RESOLVED that the report be noted.', { meetingDate: null, kind: 'agenda' }).resolution,
    ).toBeNull();
  });
});

describe('decision wordings met on further councils', () => {
  it.each([
    ['DECIDED: That the update be noted.', 'That the update be noted.'],
    [
      'RESOVLED: That the minutes of the Special Council be approved.',
      'That the minutes of the Special Council be approved.',
    ],
    ['The Committee decided: that the report be noted.', 'that the report be noted.'],
    ['Members received and noted the report of the Leader.', 'Members received and noted the report of the Leader.'],
    [
      'Agreed the minutes of the meeting held on 3 March 2021.',
      'Agreed the minutes of the meeting held on 3 March 2021.',
    ],
    [
      'The Chair was authorised to sign the minutes of the meeting held on 2 May 2022 as a correct record.',
      'The Chair was authorised to sign the minutes of the meeting held on 2 May 2022 as a correct record.',
    ],
    [
      'Minutes: That the minutes of the last meeting be approved as a correct record.',
      'That the minutes of the last meeting be approved as a correct record.',
    ],
  ])('%s', (input, want) => {
    expect(res(input)?.text).toBe(want);
  });

  it('"For information", "None." and agenda wording to sign the minutes decide nothing', () => {
    expect(res('Decision: For information')).toBeNull();
    expect(res('Decision:\nNone.')).toBeNull();
    expect(res('To sign the minutes of the meeting held on 2 May 2022.')).toBeNull();
    expect(analyseBlock('None.', { meetingDate: null, kind: 'decisions' }).resolution).toBeNull();
  });
});

describe('decisions in flattened rows and parish narrative', () => {
  it('a row flattened onto one line: the decision ends where the next cell begins', () => {
    expect(res('Decision: For information Minutes: The officer presented the report.')).toBeNull();
    expect(res('Decision: Councillors A Jones & B Smith - Personal interest in item 9.')).toBeNull();
  });

  it('a wrapped cell ending in a list number runs on to the next line', () => {
    expect(
      res(
        'Resolved that the following Minutes be approved as a correct record: 1)\nAnnual Meeting held on 16 May 2024.',
      )?.text,
    ).toBe('that the following Minutes be approved as a correct record: 1) Annual Meeting held on 16 May 2024.');
  });

  it('parish minutes tell the decision in the story', () => {
    expect(
      res('The Parish Council discussed the two quotations and all agreed to award the work to Oak Tree Care Ltd.')
        ?.text,
    ).toBe('The Parish Council discussed the two quotations and all agreed to award the work to Oak Tree Care Ltd.');
    expect(res('The Council discussed the precept and after a debate decided to increase it by 2%.')?.text).toMatch(
      /decided to increase/,
    );
    expect(res('The Council discussed the matter and decided to defer it.')).toBeNull();
  });

  it('a remark recorded under "Decision:" is not a decision', () => {
    expect(res('Decision:\nCllr Jane Brown advised she will continue to attend the committee.')).toBeNull();
  });
});
