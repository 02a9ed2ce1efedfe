// Decisions printed without a "RESOLVED" marker, future-tense boilerplate that is no follow-up,
// decisions to consult, meeting dates inside an action, and references that name a minute and a
// meeting. Samples written for these tests, in the wording of the genre.
import { describe, expect, it } from 'vitest';
import { analyseBlock } from '../../../utils/extract';
import { dueOf } from '../../../utils/extract/action-parts';
import { findActions } from '../../../utils/extract/actions';
import { findReferences } from '../../../utils/extract/references';

const block = (t: string, kind: 'minutes' | 'decisions' = 'minutes') =>
  analyseBlock(t, { meetingDate: '2023-06-20', kind });
const res = (t: string) => block(t).resolution?.text ?? null;
const acts = (t: string) => findActions(t, { meetingDate: '2023-06-20', nextMeetingDate: null }).map((a) => a.text);

describe('decisions with no marker', () => {
  it('minutes confirmed "both" or "all" as a true record', () => {
    expect(
      res(
        'The minutes of the Board meeting held on 3 May 2023 and the special meeting held on 17 May 2023 were both confirmed as a true and correct record.',
      ),
    ).toMatch(/were both confirmed/);
  });

  it('what the body did, told in the past tense', () => {
    expect(res('The Panel noted the quarterly performance summary.')).toBe(
      'The Panel noted the quarterly performance summary.',
    );
    expect(res('Members approved the revised terms of reference for the group.')).toMatch(
      /^Members approved the revised terms/,
    );
    // Discussion, not a decision.
    expect(res('The Panel noted that footfall had risen over the summer.')).toBeNull();
  });

  it('a numbered list of "that" clauses whose lead-in was lost', () => {
    const t =
      'Members discussed the draft at length.\nThe proposals were put to the vote and carried.\n(1) that the draft plan is revised to include the new depot;\n(2) that the revised plan is brought back in the autumn.';
    const r = res(t);
    expect(r).toMatch(/^\(1\) that the draft plan is revised/);
    expect(r).toMatch(/\(2\) that the revised plan/);
    expect(r).not.toMatch(/put to the vote/);
  });

  it('"put to the vote and carried" alone is not the decision', () => {
    expect(res('The proposals were put to the vote and carried.')).toBeNull();
  });

  it('"RECOMMENDED – THAT …" in minutes is the decision, not also a recommendation', () => {
    const r = block(
      'RECOMMENDED – THAT the minutes of the meeting held on 2 May 2023 be approved as a correct record.',
    );
    expect(r.resolution?.text).toMatch(/minutes of the meeting held on 2 May 2023 be approved/);
    expect(r.recommendation).toBeNull();
  });
});

describe('future-tense boilerplate is no action', () => {
  it('the agenda blurb on public question time', () => {
    expect(
      acts(
        'Up to twenty minutes will be made available for questions from the public on matters within the remit of the panel.',
      ),
    ).toEqual([]);
  });

  it('text under "Reasons for the decision" or "Other options considered"', () => {
    const t =
      'RESOLVED: That the depot be relocated.\nReasons for the decision\nThe new site would provide room for the larger fleet and will reduce travel.\nOther options considered\nStaying put would require costly repairs that officers would arrange.';
    expect(acts(t)).toEqual([]);
    expect(acts('Reason for decision – the hub will provide a single point of contact.')).toEqual([]);
  });

  it('a promise after the rationale section still counts', () => {
    const t =
      'Reasons for the decision\nThe hub would provide a single point of contact.\nFurther work agreed\nThe Director would report back to the Panel in March 2024.';
    expect(acts(t)).toEqual(['The Director would report back to the Panel in March 2024.']);
  });
});

describe('decisions to consult are follow-up work', () => {
  it('authorised consultation, issued for consultation', () => {
    expect(acts('(1) The Cabinet authorised public consultation on the draft parking strategy.')).toHaveLength(1);
    expect(acts('(1) The draft design code was issued for an eight week public consultation.')).toHaveLength(1);
    expect(acts('The draft charter was published for consultation with tenants.')).toHaveLength(1);
  });
});

describe('a past date in an action is not its due date', () => {
  it('the date of a meeting the action refers back to', () => {
    const d = dueOf('the minutes of the meeting held on 9 May are re-submitted to a future meeting', {
      meetingDate: '2023-06-20',
      nextMeetingDate: null,
    });
    expect(d.due).toBeNull();
    expect(d.dueText).not.toMatch(/9 May/);
    const e = dueOf('the item adjourned on 2 June is reconsidered by 30 September', {
      meetingDate: '2023-06-20',
      nextMeetingDate: null,
    });
    expect(e.due).toBe('2023-09-30');
  });
});

describe('references naming a minute and a meeting', () => {
  it('"Minute No. 14/23 of the meeting held on 9 March" gets minute and date, year from the text', () => {
    const r = findReferences(
      'The matter at Minute No. 14/23 of the meeting held on 9 March be reconsidered. The minutes of 9 March 2023 were not approved.',
      null,
    );
    expect(r.some((x) => x.minute === '14/23' && x.meetingDate === '2023-03-09')).toBe(true);
  });

  it('"the last <Committee> meeting" is the previous meeting', () => {
    const r = findReferences(
      'The Board received a report on the status of actions agreed at the last Board meeting.',
      '2023-06-20',
    );
    expect(r.map((x) => x.kind)).toEqual(['minutes-of-meeting']);
    expect(r[0].text).toMatch(/last Board meeting/);
  });
});

describe('a coming meeting is still a due date', () => {
  it('"scheduled to be held on …", "the next meeting on …"', () => {
    const ctx = { meetingDate: '2023-06-20', nextMeetingDate: null };
    expect(dueOf('it would first be reconsidered by the Board (scheduled to be held on 4 July 2023)', ctx).due).toBe(
      '2023-07-04',
    );
    expect(dueOf('the plan be brought to the next meeting on 11 July', ctx).due).toBe('2023-07-11');
  });
});

describe('one phrase naming two meetings', () => {
  it('gives a reference for each, a shared month and year included', () => {
    const dates = (s: string) => findReferences(s, '2023-06-20').map((r) => r.meetingDate);
    expect(dates('The minutes of the meetings held on 3rd and 17th May 2023 were confirmed.')).toEqual([
      '2023-05-03',
      '2023-05-17',
    ]);
    expect(
      dates(
        'The minutes of the Board meeting held on 3 May 2023 and the special meeting held on 17 May 2023 were confirmed.',
      ),
    ).toEqual(['2023-05-03', '2023-05-17']);
    // A number that is not a day does not borrow the month.
    expect(dates('Items 4 and 17 May 2023 minutes')).not.toContain('2023-05-04');
  });
});

describe('the rationale ends with its paragraph', () => {
  it('the minutes after it still give actions', () => {
    const t =
      'Reason for decision\nThe new site would provide room for the larger fleet.\nThe Panel received a report on the depot. The Director would circulate the costings to members.';
    expect(acts(t)).toEqual(['The Director would circulate the costings to members.']);
  });
});
