// Follow-up actions and due dates, from the phrasings catalogued in ../shared/ACTIONS.md.
import { describe, expect, it } from 'vitest';
import { analyseBlock } from '../../../utils/extract';
import { dueOf, findActions, type DueContext } from '../../../utils/extract/actions';

const ctx: DueContext = { meetingDate: '2017-07-20', nextMeetingDate: null };
const one = (s: string, c = ctx) => {
  const a = findActions(s, c);
  expect(a, s).toHaveLength(1);
  return a[0];
};

describe('actions', () => {
  it.each([
    ['That a further progress report be submitted to a future Executive meeting.', 'report-back'],
    ['The Assistant Town Clerk undertook to report back to Committee.', 'report-back'],
    ['The Town Clerk undertook to make these changes for future reports.', 'undertaking'],
    ['Officers agreed to look at this again and update Members at the next meeting.', 'undertaking'],
    ['The CASC report referred to in Action (1) would be circulated to Members by email.', 'circulate'],
    ['The Chamberlain agreed to liaise with the colleagues to resolve any outstanding declarations.', 'undertaking'],
    [
      'That responsibility for establishing a programme board be delegated to the Director of Children, Families and Communities.',
      'delegation',
    ],
    ['That the addition of £4.1million to the Capital Programme be recommended to Council for approval.', 'referral'],
    ["The scrutiny chairman reported that the committee would review the action plan in 12 months' time.", 'review'],
    [
      'It is not possible in the time available to provide this figure but I will ask officers to confirm this to you in writing.',
      'undertaking',
    ],
    ['The 9 focused outcomes of the service redesign would be shared with the committee.', 'circulate'],
  ])('%s', (s, kind) => {
    expect(one(s).kind).toBe(kind);
  });

  it('finds owners: the one who must act, never a body a report merely goes to', () => {
    expect(one('The Town Clerk undertook to make these changes for future reports.').owner).toBe('The Town Clerk');
    expect(
      one(
        'That responsibility for reviewing the scheme be delegated to the Director of Finance, in consultation with the Leader.',
      ).owner,
    ).toBe('the Director of Finance');
    expect(one('That an update report be submitted to the Cabinet in April 2018.').owner).toBeNull();
  });

  it.each([
    'The minutes of the meeting held on 6 September 2017 were confirmed and signed.',
    'That the report be noted.',
    'The report had been circulated to Members before the meeting.',
    'It was noted that the LEP had agreed to fund £1m.',
    'He could not see any reason why these figures should not be provided to the committee.',
    'Group leaders were asked to make comments on behalf of their group.',
    'Apologies for absence were received from Cllrs Hilary Cox and Peter Wharf.',
    'The key areas of the report being considered at this meeting were highlighted.',
  ])('is not an action: %s', (s) => {
    expect(findActions(s, ctx)).toEqual([]);
  });
});

describe('due dates', () => {
  it('month and year', () => {
    expect(one('That an update report be submitted to the Cabinet in April 2018.').due).toBe('2018-04');
    expect(one('A report would be considered by the Board at its next meeting in November 2017.').due).toBe('2017-11');
  });
  it('exact date', () => {
    expect(
      one('Responses would be brought back to the next meeting of the Board to be held on 4th January 2018.').due,
    ).toBe('2018-01-04');
  });
  it('relative period against the meeting date', () => {
    expect(one("The committee would review the action plan in 12 months' time.")).toMatchObject({
      due: '2018-07',
      dueBasis: 'relative',
    });
    expect(one('Officers would report back within six weeks.').due).toBe('2017-08-31');
  });
  it('next meeting: the stated date, else null', () => {
    expect(one('A status update should be provided to the next meeting.')).toMatchObject({
      due: null,
      dueBasis: 'next-meeting',
    });
    expect(
      one('A status update should be provided to the next meeting.', {
        meetingDate: '2017-09-27',
        nextMeetingDate: '2017-10-18',
      }).due,
    ).toBe('2017-10-18');
  });
  it('a month without a year falls on or after the meeting', () => {
    expect(
      one('This would be reported at the November Board meeting.', { meetingDate: '2019-09-10', nextMeetingDate: null })
        .due,
    ).toBe('2019-11');
    expect(dueOf('the March meeting', { meetingDate: '2019-09-10', nextMeetingDate: null }).due).toBe('2020-03');
  });
  it('past dates are history, not deadlines', () => {
    expect(
      one('Following the Cabinet meeting held on 19 July 2017, a report would be presented to Cabinet in due course.', {
        meetingDate: '2017-09-27',
        nextMeetingDate: null,
      }).due,
    ).toBeNull();
  });
});

describe('analyseBlock', () => {
  it("reads one item's Decision block", () => {
    const r = analyseBlock(
      'RESOLVED – That Cabinet:\n(a) approve the plan; and\n(b) an update report be submitted to Cabinet in March 2020.\nReasons for the decision:\nTo deliver savings.',
      {
        meetingDate: '2019-10-02',
        kind: 'minutes',
      },
    );
    expect(r.resolution?.parts).toHaveLength(2);
    expect(r.resolution?.text).not.toMatch(/deliver savings/);
    expect(r.actions.map((a) => a.due)).toEqual(['2020-03']);
  });
  it('keeps references to earlier meetings', () => {
    const r = analyseBlock(
      'The minutes of the meeting held on 6 September 2017 were confirmed and signed. Min 107 of the previous meeting refers.',
      { meetingDate: '2017-09-27', kind: 'minutes' },
    );
    expect(r.resolution?.text).toMatch(/confirmed and signed/);
    expect(r.references).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'minutes-of-meeting', meetingDate: '2017-09-06' }),
        expect.objectContaining({ kind: 'minute-number', minute: '107' }),
      ]),
    );
  });
  it('agenda text gives recommendations, never resolutions', () => {
    const r = analyseBlock('Recommendation:\nThat the Committee approves the strategy.', {
      meetingDate: null,
      kind: 'agenda',
    });
    expect(r.resolution).toBeNull();
    expect(r.recommendation?.text).toBe('That the Committee approves the strategy.');
  });
  it('a decision page block is a resolution even without a marker', () => {
    const r = analyseBlock('That Cabinet:\n(1) approves the plan; and\n(2) notes the risks.', {
      meetingDate: '2019-10-02',
      kind: 'decision-record',
    });
    expect(r.resolution?.parts).toEqual(['(1) approves the plan; and', '(2) notes the risks.']);
    expect(
      analyseBlock('Apologies were received from Cllr Jones.', { meetingDate: null, kind: 'minutes' }).resolution,
    ).toBeNull();
  });
  it('never throws', () => {
    expect(() => analyseBlock(null as unknown as string, { meetingDate: null, kind: 'minutes' })).not.toThrow();
  });
});

// Shapes found in real minutes of many councils (samples written for these tests).
describe('promises in real minutes', () => {
  const c: DueContext = { meetingDate: '2024-01-30', nextMeetingDate: null };
  it.each([
    ['Officers confirmed that an interim report would be presented to the Board in November.', 'Officers'],
    [
      'The Chair advised that he would be discussing the matter with the Chief Executive and would report back to the next meeting.',
      'The Chair',
    ],
    [
      'The Leader advised that the Council would be making representations to government on the spending review.',
      'The Leader',
    ],
    ['(c) the Scrutiny Officer email all members of the committee seeking nominations.', 'the Scrutiny Officer'],
    [
      'Authority be delegated to the Director of Place, in consultation with the Cabinet Member, to identify two further sites.',
      'the Director of Place',
    ],
    [
      'Jane Smith, Litigation Manager explained that she was currently exploring the legality of the appointment.',
      'Jane Smith, Litigation Manager',
    ],
    ['The Chair requested the panel to share the content on their own accounts.', 'the panel'],
    ['Note that Adult Social Care will be responsible for identifying a budget for the scheme.', 'Adult Social Care'],
  ])('%s', (s, owner) => {
    expect(one(s, c).owner).toBe(owner);
  });

  it('two promises joined by "and" are two actions', () => {
    expect(
      findActions(
        '(c) the Clerk email all members seeking interest for the vacancies and the matter be given further consideration at the next meeting.',
        c,
      ),
    ).toHaveLength(2);
  });

  it('a lead-in "… to:" gives each item its subject; granted powers are not promises', () => {
    const a = findActions(
      '3) Authority be delegated to the Director of Place to:\na. identify a further three sites to be included;\nb. enter into licence agreements as required.',
      c,
    );
    expect(a.map((x) => x.text)).toEqual([expect.stringMatching(/identify a further three sites/)]);
  });

  it('a pronoun owner is the person named in the sentence before', () => {
    const a = findActions(
      'Mary Jones thanked the team for their support. She mentioned her intention to report on the framework to the panel at a later date.',
      c,
    );
    expect(a[0]).toMatchObject({ owner: 'Mary Jones', due: null, dueText: 'at a later date' });
  });

  it.each([
    'The Council remained committed to delivering these priorities.',
    'A Member asked what monitoring would be undertaken.',
    'The Chair will consider the admission of any late items of Urgent Business.',
    'She hoped the Council would ensure that the plan moved forward.',
    'Work was being undertaken on the roof.',
    'It was noted that the trust has since agreed to take the cut.',
    'The three sites identified in this report be included in the agreement.',
  ])('is not an action: %s', (s) => {
    expect(findActions(s, c)).toEqual([]);
  });
});

describe('due dates in real minutes', () => {
  const c: DueContext = { meetingDate: '2025-01-30', nextMeetingDate: null };
  it('a deadline date wins over a date on the way', () => {
    expect(
      one(
        'Council be recommended to delegate authority to the Chief Executive to make any consequential amendments following consideration by Council on 22 March 2025 and prior to publication by 1 April 2025.',
        c,
      ),
    ).toMatchObject({ due: '2025-04-01', dueText: '1 April 2025' });
  });
  it('a day and month with no year fall after the meeting', () => {
    expect(
      one(
        'RESOLVED that Cabinet endorsed the draft budget to be presented to County Council on 13th February for final decisions.',
        c,
      ),
    ).toMatchObject({ due: '2025-02-13', dueBasis: 'date' });
  });
  it('the end of the financial year, committee cycles, and vague words kept as text', () => {
    expect(dueOf('officers would report back by the end of the financial year', c)).toMatchObject({
      due: '2025-03-31',
      dueText: 'by the end of the financial year',
    });
    expect(dueOf('an update within two committee cycles', c)).toMatchObject({
      due: null,
      dueText: 'within two committee cycles',
    });
    expect(dueOf('an update within two committee cycles', { ...c, cycleMonths: 2 })).toMatchObject({ due: '2025-05' });
    expect(dueOf('in six months', c)).toMatchObject({ due: '2025-07', dueBasis: 'relative' });
    expect(dueOf('in due course', c)).toMatchObject({ due: null, dueText: 'in due course' });
    expect(
      dueOf('would be presented to the Board in November', { meetingDate: null, nextMeetingDate: null }),
    ).toMatchObject({ due: null, dueText: 'in November' });
  });
});
