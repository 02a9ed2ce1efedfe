// Follow-up actions: shapes seen in a second set of councils' papers (decision lists in the
// indicative, "it was noted that: (a) … would …", parish narrative) and the look-alikes that are
// not promises (agenda blurbs, past events, questions, one member's wish). Samples are invented.
import { describe, expect, it } from 'vitest';
import { outcomePart, type DueContext } from '../../../utils/extract/actions';
import { actionsAt } from './action-helpers';
import { parseDate, parseMonth } from '../../../utils/text/dates';

const ctx: DueContext = { meetingDate: '2020-06-10', nextMeetingDate: null };
/** With and without the hint-word gate the engine runs on papers: both must agree. */
const acts = actionsAt(ctx);

describe('actions found', () => {
  it.each([
    // A decision list's clause in the indicative, not the subjunctive "be shared".
    '(iii) That the Review is shared with the Communities Scrutiny Committee to consider further opportunities.',
    // "further" puts the work after the meeting.
    'That Cabinet approves the shortlist of measures to be further evaluated as part of the Clean Air Plan.',
    // Authority to carry out a task, not merely to decide.
    '(ii) That the Head of Finance be authorised, in consultation with the Portfolio Holder, to assess the outcome of the tender evaluation.',
    // The meeting's own request.
    'Board members asked that these minutes be reviewed to address the issues raised by the resident.',
    // Reported promises with "included in" / "added to".
    'A copy of the supplementary questions and responses will be included in the published questions document.',
    "Cllr. Brook's written report would be added to the parish website once received.",
    // "subject to the following item being added for the next meeting".
    'That the Work Programme be approved, subject to the following item being added for the next meeting: Briefing on housing data.',
    // A report still to come, with its timing.
    '2. To receive a further update on a 3 monthly basis.',
    // Parish narrative.
    'The Clerk was asked to pass these enquiries to the planning department.',
    'The Clerk would contact the Highways engineer about the new signs for Mill Lane.',
  ])('%s', (s) => {
    expect(acts(s), s).toHaveLength(1);
  });

  it('reads a deadline after "extended to at least the end of"', () => {
    const [a] = acts(
      '(a) the consultation on the draft Cycling Plan would be extended to at least the end of August 2020;',
    );
    expect(a?.due).toBe('2020-08');
  });

  it('finds both promises in an "it was noted that: (a) …; (b) …" list', () => {
    const text = [
      'In relation to Decision Book 12 it was noted that:',
      '(a) the consultation on the draft Cycling Plan would be extended to at least the end of August 2020;',
      '(b) the Orchard Group had requested a review of the decision and would meet the Lead Councillor and officers to discuss their concerns.',
    ].join('\n');
    const found = acts(text);
    expect(found).toHaveLength(2);
    expect(found[1].owner).toBe('the Orchard Group');
  });
});

describe('not actions', () => {
  it.each([
    // Past events, told as history.
    'The Deputy Mayor advised that the Minutes of the meeting held on 4th March 2020 had been circulated previously with the agenda pack.',
    'On the meeting being reconvened, the Chair advised that the papers had been sent round in advance.',
    'He advised members that he had written to both MPs inviting them to visit the new projects and requested them to continue lobbying for funding;',
    'Under item 7, Parish Councillor Jane Hill had asked the Board to help find a solution to speeding in Lowford.',
    // One member's wish, which the meeting decides on separately.
    'Councillor Ashby requested that brown tourist signs be erected on the main road.',
    // Questions.
    'Councillor Dean queried whether a response had been received from the two MPs and if so, could this be shared.',
    'The Chairman asked the Parish Council for their views on whether the junction scheme should again be brought to the attention of the County.',
    // The decision itself.
    'The Parish Council discussed the two quotations and all agreed to award the work to Oakfield Tree Surgeons Ltd.',
    // The meeting's own running order.
    'The Mayor announced that the agenda order would be amended, with Item 9 taken first.',
    // Line management, not a report to a meeting.
    'The Council has resolved that the Chief Planning Officer will be the strategy manager who will report to the Strategic Lead.',
    // Done at this meeting.
    'The questions and written responses will be circulated at the meeting.',
    // Authority to sign is the decision; the date is of the meeting signed for.
    'The Chair was authorised to sign the minutes of the last meeting held on 29th October 2024.',
  ])('%s', (s) => {
    expect(acts(s), s).toHaveLength(0);
  });

  it('keeps the body a request is made of, and a dated delegation', () => {
    expect(acts('Members asked that the leaflet be redrafted before it is printed.')).toHaveLength(1);
    expect(
      acts(
        'That delegated authority be given to the Director of Adult Services to take the relevant actions to transfer the service from 1 April 2025.',
      ),
    ).toHaveLength(1);
  });
});

describe('agenda wording before the minutes', () => {
  it('drops a promise in the agenda blurb before a "Minutes:" label', () => {
    const item = [
      'Any proposed changes to committees will be reported to the Council meeting.',
      '',
      'Minutes:',
      '',
      'There were no appointments for consideration.',
    ].join('\n');
    expect(acts(item)).toHaveLength(0);
  });

  it('drops the blurb of a one-line table row, keeping what the meeting did', () => {
    const row =
      'Public questions PDF 80 KB The responses will be circulated to members. Minutes:A copy of the responses will be included in the published questions document.';
    expect(outcomePart(row)).toBe('A copy of the responses will be included in the published questions document.');
    expect(acts(row)).toHaveLength(1);
  });

  it('keeps long minutes that happen to precede a "Decision:" label', () => {
    const long =
      'The officer would report back to the next meeting on the options. ' +
      'Members discussed the matter. '.repeat(40);
    expect(outcomePart(`${long}\nDecision:\nThat the report be noted.`)).toContain('report back');
  });
});

describe('owners', () => {
  it('is the one who will act, not the reporter or the questioner', () => {
    const text = [
      'Councillor Dean queried whether a response had been received from the two MPs.',
      'The Leader replied that a response was still awaited from one, and when that was received they would all be circulated.',
      'The Monitoring Officer advised that the legal team would respond to Councillor Dean.',
    ].join('\n');
    const found = acts(text);
    expect(found.map((a) => a.owner)).toEqual(['The Leader', 'the legal team']);
  });

  it('names plural councillors as owners', () => {
    const [a] = acts(
      'Councillors agreed such a plan was desirable and would meet outside of the meeting to devise it.',
    );
    expect(a?.owner).toBe('Councillors');
  });
});

describe('month names typed in a hurry', () => {
  it.each([
    ['Tuesday 13th Janaury 2009', '2009-01-13'],
    ['2 Feburary 2020', '2020-02-02'],
    ['4 Septmber 2019', '2019-09-04'],
    ['5 Decemeber 2018', '2018-12-05'],
  ])('%s', (s, iso) => {
    expect(parseDate(s)).toBe(iso);
  });

  it('leaves words that only start like a month alone', () => {
    expect(parseDate('the Mayor 2019')).toBeNull();
    expect(parseMonth('the Market 2019')).toBeNull();
  });
});

describe('parish and announcement shapes', () => {
  it.each([
    'Further details to be sought from the county surveyor.',
    'The Clerk would advertise the vacancy before the next meeting.',
    'The Clerk would order two new litter bins for the green.',
  ])('%s', (s) => {
    expect(acts(s), s).toHaveLength(1);
  });

  it('does not take a possibility for a promise', () => {
    expect(acts('Advice may be sought from officers before the meeting.')).toHaveLength(0);
  });

  it('takes the owner of subjectless list lines from their lead-in', () => {
    const text = [
      'The Leader of the Council:',
      '(a) welcomed the new members of the Board.',
      '(b) informed members of his talks with the Minister and advised he would provide further updates as they became available.',
    ].join('\n');
    const found = acts(text);
    expect(found).toHaveLength(1);
    expect(found[0].owner).toBe('The Leader of the Council');
  });
});

describe('more shapes of the genre', () => {
  it.each([
    ['ACTION: Democratic Services to circulate the presentation slides to all members.', 'Democratic Services'],
    ['Action: Head of Planning to provide a breakdown of appeal costs.', 'Head of Planning'],
    // Who asks for a paper does not write it.
    ['Members requested a briefing note on the progress of the scheme.', null],
    ['An update will be given at the next meeting.', null],
    ['It was agreed that a working group be established to review the policy.', null],
    ['It was noted that the report would be published on the website.', null],
    ['The Portfolio Holder will ensure that members are kept informed.', 'The Portfolio Holder'],
  ])('%s', (s, owner) => {
    const found = acts(s);
    expect(found, s).toHaveLength(1);
    expect(found[0].owner).toBe(owner);
  });

  it.each([
    'Action by: Assistant Chief Executive',
    'A Member asked for an update on the vacancies as he was concerned about attendance.',
    'Councillor Green requested a breakdown of the figures.',
    'The Mayor advised that reasons for lateness would be given when the meeting reached that item.',
  ])('not: %s', (s) => {
    expect(acts(s), s).toHaveLength(0);
  });
});

describe('resolutions that name the work', () => {
  it.each([
    [
      'That the Chief Executive writes to the Secretary of State expressing the concerns of the Council.',
      'the Chief Executive',
    ],
    ['Resolved that the item be deferred to allow officers to obtain further information.', null],
    ['That the Committee receives an annual update on the strategy.', 'the Committee'],
    ['The Committee requested that officers provide a written update to all Members.', 'officers'],
    ['The Committee agreed to write to the Environment Agency about the flooding.', 'The Committee'],
  ])('%s', (s, owner) => {
    const found = acts(s);
    expect(found, s).toHaveLength(1);
    expect(found[0].owner).toBe(owner);
  });

  it.each([
    '(ii) That the Borough Council seeks to promote and implement the Pledge.',
    'That the Committee receives the report.',
    'That Cabinet notes the content of the report.',
  ])('not: %s', (s) => {
    expect(acts(s), s).toHaveLength(0);
  });
});

it('never makes the one who asks the owner of a request', () => {
  const [a] = acts('Board members asked that these minutes be reviewed to address the issues raised.');
  expect(a?.owner).toBeNull();
});
