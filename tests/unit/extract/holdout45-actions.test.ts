// Follow-up actions: shapes seen in a fourth and fifth set of councils' papers (parish shorthand,
// members named by initials, decision lists that authorise an officer's task, requests made of
// other bodies) and their look-alikes (forecasts, money made available, this meeting's business).
// Samples are invented.
import { describe, expect, it } from 'vitest';
import type { DueContext } from '../../../utils/extract/actions';
import { actionsAt } from './action-helpers';

const ctx: DueContext = { meetingDate: '2021-04-20', nextMeetingDate: null };
/** With and without the hint-word gate the engine runs on papers: both must agree. */
const acts = actionsAt(ctx);

describe('actions found', () => {
  it.each([
    // Passed on to whoever deals with it.
    'The Mayor accepted the petition and confirmed that it would be passed to the relevant service.',
    'AGREED that congratulations be passed to the team.',
    // An invitation to a later meeting.
    'It was agreed that the Water Board should be invited to attend the March meeting of the Council.',
    // Put on a later agenda.
    'The matter is to be placed on the next agenda for consideration.',
    // Parish shorthand: a noun phrase, then "to be" and the task.
    'Contractor to be advised that the car park is to be left clear.',
    'Additionally, the Police and Highways to be contacted about the junction.',
    // A request the council makes of another body.
    'Cllr Hart reported on the potholes; could we request that the bench outside the shop is repaired.',
    'Footpaths consultation – request a paper copy of the map is also forwarded to the Council.',
    // Papers promised for later.
    'The Mayor announced the summer fair and said that invitations would follow.',
    // A consultation still to run.
    'That the proposal to consult on the closure of Elm Lodge, as set out in the report, be approved.',
  ])('%s', (s) => {
    expect(acts(s), s).toHaveLength(1);
  });

  it('reads the date of shorthand work', () => {
    const [a] = acts('It was agreed the hedge work to be completed on Saturday 1st May.');
    expect(a.due).toBe('2021-05-01');
  });

  it.each([
    ['It was resolved for the Clerk to write to the bus company about the timetable.', 'the Clerk'],
    ['3. Authorised the Director of Place to implement the temporary parking order.', 'the Director of Place'],
    ['The Chair and Vice Chair meet to agree the topics for the work programme.', 'The Chair and Vice Chair'],
    ['The chairman and vice-chairman will decide how to recruit a new clerk.', 'The chairman and vice-chairman'],
    ['Cllr Ford would sign the declaration of acceptance of office when the office reopens.', 'Cllr Ford'],
    [
      '(b) That the Head of Democratic Services shall survey Members on meeting times.',
      'the Head of Democratic Services',
    ],
    // Members named by their initials.
    ['The gate was left open but RT will make an informal approach to the farmer.', 'RT'],
    ['MB to investigate and report back to the council.', 'MB'],
  ])('%s', (s, owner) => {
    const found = acts(s);
    expect(found, s).toHaveLength(1);
    expect(found[0].owner).toBe(owner);
  });

  it('reads "requested that they …" as the officers named before', () => {
    const [a] = acts(
      'The Councillor said that the planning officers had dealt well with the site and requested that they follow up the new complaint.',
    );
    expect(a.owner).toBe('the planning officers');
  });

  it('splits two members’ tasks named by initials', () => {
    const found = acts('AK will pick up the old sign and DL will report the pothole to Highways.');
    expect(found.map((a) => a.owner)).toEqual(['AK', 'DL']);
  });

  it('gives a bare "Action: To be …" line the sentence that names its subject', () => {
    const [a] = acts('Leaflets handed out about the litter pick. Action: To be put on the village noticeboard.');
    expect(a.text).toMatch(/^Leaflets handed out/);
  });

  it('reads bullets run into one line', () => {
    const found = acts(
      '• The Chair asked that a card be sent to Mrs Lane. • The Chair thanked the staff. • The Chair asked that flowers been sent to Councillor Ray.',
    );
    expect(found.map((a) => a.text)).toEqual([
      'The Chair asked that a card be sent to Mrs Lane.',
      'The Chair asked that flowers been sent to Councillor Ray.',
    ]);
  });
});

describe('not actions', () => {
  it.each([
    // A forecast of events, not work.
    'Councillor Pike then outlined the events which would be taking place during the jubilee year.',
    // This meeting's business.
    'Members were asked to indicate whether they would agree to the item being taken after item 4.',
    'The Monitoring Officer will report to the meeting on any questions received.',
    'Cllr Hale said his group did not support the motion and asked that the motion be removed from the agenda.',
    'The fourth paragraph of minute 9 to be amended to read:',
    // Money made available is the decision to fund.
    'That up to £20,000 be made available to support the scheme.',
    // A member of the public's request, which the council has not taken up.
    'Mr Dale: In relation to item 5, requested that the reply from the water company is placed on the website.',
    // A noun phrase with a verb of its own is narrative.
    'The Clerk explained that the hedge needed to be cut back.',
  ])('%s', (s) => {
    expect(acts(s), s).toHaveLength(0);
  });
});
