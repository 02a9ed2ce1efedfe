// Decisions without the usual marker, boilerplate around them, agreement that is not a decision,
// recommendations put to the meeting, and the meeting's own committee and date — each on a short
// sample written for the shape.
import { describe, expect, it } from 'vitest';
import { analyseBlock, extractDocument } from '../../../utils/extract';
import { isRoutineTitle } from '../../../utils/extract/routine';

const block = (t: string) => analyseBlock(t, { meetingDate: '2024-01-01', kind: 'minutes' });
const res = (t: string) => block(t).resolution?.text ?? null;

describe('decisions', () => {
  it('"It was agreed that … be …" decides; "It was agreed that … was …" is an opinion', () => {
    expect(res('It was agreed that the decisions of the last meeting be approved as a correct record.')).toBe(
      'that the decisions of the last meeting be approved as a correct record.',
    );
    expect(res('It was agreed:\n(a) That the statement be published.\n(b) That officers be thanked.')).toMatch(
      /^\(a\) That the statement be published/,
    );
    expect(res('It was agreed that the new signage was an improvement.')).toBeNull();
  });

  it('a decision whose marker the page lost: a formal "That … be …" paragraph or "(a) … be approved;" list', () => {
    expect(res('The Chair introduced the item.\n\nThat the vacant seats be filled as a priority.')).toBe(
      'That the vacant seats be filled as a priority.',
    );
    expect(
      res(
        'Members discussed the plan.\n(a) subject to the changes agreed, the work programme be approved;\n(b) the members named be appointed.',
      ),
    ).toMatch(/^\(a\) subject to .* \(b\) the members named be appointed\.$/);
  });

  it('the boilerplate some councils print before the decision is skipped', () => {
    expect(
      res(
        'Decision: AGREED RECOMMENDATIONS: Reason for decision – as in the report. Other options considered – none.\nThat the policy be agreed.',
      ),
    ).toBe('That the policy be agreed.');
  });

  it('a bare "Noted." under Decision: gives way to the formal wording below it', () => {
    expect(res('Decision: Noted.\nThat the minutes be confirmed as a correct record.')).toBe(
      'That the minutes be confirmed as a correct record.',
    );
  });

  it('apologies recorded under "Decision:" are procedure, not a decision', () => {
    expect(res('Decision:\nAn apology for absence was received on behalf of Councillor Green.\nNOTED')).toBeNull();
  });
});

describe('recommendations put to the meeting', () => {
  it('"The Council is asked to:-" heading and "Members are asked to note …" sentence', () => {
    const agenda = analyseBlock('The Council is asked to:-\n\ni. note the update;\nii. agree the plan.', {
      meetingDate: null,
      kind: 'agenda',
    });
    expect(agenda.recommendation?.text).toBe('i. note the update; ii. agree the plan.');
    expect(
      block('Members are asked to note the actions list.\nMinutes:\nThe list was received.').recommendation?.text,
    ).toBe('Members are asked to note the actions list.');
  });
});

describe('meeting metadata', () => {
  it("the committee printed under the council's name; a time glued to the date", () => {
    const p = extractDocument(
      'Westshire District Council\nLicensing Committee\n6.30pm3 May 2024\nTown Hall\nMINUTES\nPresent: Councillors A and B.\n1 Apologies\nNone.\n2 Minutes\nThe minutes were approved as a correct record.',
    ).parts[0];
    expect(p).toMatchObject({ committee: 'Licensing Committee', meetingDate: '2024-05-03' });
  });

  it("the date of an earlier meeting or a called-in decision is not this meeting's date", () => {
    const p = extractDocument(
      'Apologies for absence\n\nNone.\n\nMinutes\n\nThe minutes of the meeting held on 6 July 2023 were agreed.\n\nCall in\n\nItem called in from the Cabinet meeting of 11 September 2023.',
    ).parts[0];
    expect(p.meetingDate).toBeNull();
  });

  it('routine titles, one kind per line of the word list', () => {
    expect(
      [
        'Apologies for absence',
        'To sign the minutes',
        'Any other business',
        'Substitutes',
        'Date of next meeting',
      ].every(isRoutineTitle),
    ).toBe(true);
    expect(['Budget 2025/26', 'Parks Strategy'].some(isRoutineTitle)).toBe(false);
  });
});

describe('meeting header: what is never the committee or the date', () => {
  const part = (t: string) => extractDocument(t).parts[0];

  it('contact lines, agenda wording and links are not the committee', () => {
    expect(
      part('Agenda and minutes\n\nContact: Jo Bloggs - Council Business Unit 01234 567890\n\n1. Apologies\n\nNone.\n')
        .committee,
    ).toBeNull();
    expect(
      part(
        'To approve the minutes of the last meeting of the Committee held on 3 May 2022\n\nThe minutes were approved.\n',
      ).committee,
    ).toBeNull();
    expect(part('Speaking at a Council or Committee meeting\n\n1. Apologies\n\nNone.\n').committee).toBeNull();
  });

  it('"With effect from 1 April 2016 …" is a notice, not the meeting date', () => {
    const p = part(
      'Agenda, decisions and minutes\n\nWith effect from 1 April 2016 agendas will be published in two languages.\n\nVenue: Guildhall\n\n1. Apologies\n\nNone.\n',
    );
    expect(p.meetingDate).toBeNull();
  });

  it('a register of decisions takes its meeting from "Made at meeting:"', () => {
    const p = part(
      ', 5 July 2019 - 19 July 2019\n\nDecisions published\n\n09/07/2019 - Park Conservation Area ref: 251    Recommendations Approved\n\nDecision Maker: Cabinet\n\nMade at meeting: 09/07/2019 - Cabinet\n\nDecision:\n\nThe Cabinet authorised consultation.\n\n09/07/2019 - Employment Sites ref: 252    Recommendations Approved\n\nDecision Maker: Cabinet\n\nMade at meeting: 09/07/2019 - Cabinet\n\nDecision:\n\nThe Cabinet approved the direction.\n',
    );
    expect([p.committee, p.meetingDate]).toEqual(['Cabinet', '2019-07-09']);
    expect(p.items.map((i) => i.number)).toEqual(['251', '252']);
  });
});

describe('agenda-only ModernGov pages', () => {
  it('an items table with no "Minutes:" or "Decision:" cell is the agenda; its motion is not a decision', () => {
    const p = extractDocument(
      'Venue: Town Hall\nNo. | Item |\n---|---|\nAPOLOGIES To note any apologies for absence. |\n|\nBUDGET MONITORING To consider a report from the Director. Additional documents: |\n|\nEXCLUSION RESOLUTION Motion (which may be amended):\nThat the public be excluded from this meeting.\n',
    ).parts[0];
    expect(p.kind).toBe('agenda');
    expect(p.items.some((i) => i.resolution)).toBe(false);
  });

  it('the same table with minutes cells stays minutes', () => {
    const p = extractDocument(
      'Agenda and minutes\nNo. | Item |\n---|---|\nApologies Minutes: There were none. |\nBudget Monitoring Minutes: The Cabinet noted the report. |\n',
    ).parts[0];
    expect(p.kind).toBe('minutes');
  });
});

describe('meeting date where the header runs into the first item', () => {
  const dateOf = (t: string) => extractDocument(t).parts[0]?.meetingDate;
  it('"Minutes of … Meeting held on <date>" part-way along a run-together header line', () => {
    expect(
      dateOf(
        'Ashby Parish Council\n1 (These minutes are subject to approval at the next meeting) Ashby Parish Council Minutes of a Meeting of Ashby Parish Council held at 7.30pm on Monday 3 March 2014 at the Village Hall Present: Cllr A, Cllr B\nAsh/101/13-14 Apologies for Absence\nNone.\nAsh/102/13-14 Declarations of Interest\nNone.\n',
      ),
    ).toBe('2014-03-03');
  });
  it('never the earlier meeting whose minutes are put to this one', () => {
    expect(
      dateOf(
        'Items\n1. Minutes\nTo confirm the minutes of the meeting held on 4 May 2022.\nMinutes:\nThe minutes of the meeting held on 4 May 2022 were agreed.\n2. Budget\nRESOLVED that the budget be noted.\n',
      ),
    ).toBeNull();
  });
  it('a CMIS "date - time" line under the meeting name', () => {
    expect(
      dateOf(
        'Meeting Details\nCabinet\n14 Jan 2020 - 10:00 to 12:00\nAgenda Items\n1 Declarations of Interest\nMembers are asked to declare.\n2 Minutes\nThe accuracy of the Minutes of the meeting held on 3 December 2019 will be confirmed.\n',
      ),
    ).toBe('2020-01-14');
  });
  it('a meeting moved from one date to another is on the later one', () => {
    expect(
      dateOf(
        'Agenda and minutes\nMoved from 9th March 2021, Cabinet - Tuesday, 16th March, 2021 2.00 pm\nItems\nNo. Item\n1.\nApologies\nMinutes:\nNone.\n',
      ),
    ).toBe('2021-03-16');
  });
});
