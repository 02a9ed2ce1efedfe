// General rules found by scoring the engine on the openings of 17 real council pages (ModernGov
// meeting, mgAi, decision and issue pages; parish, Irish and printed minutes). The pages themselves
// are not kept here: they came from a stored copy of third-party pages that is not to be copied
// verbatim, so each rule is pinned by a short sample of its shape instead.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';
import { findActions } from '../../../utils/extract/actions';

const items = (t: string) => extractDocument(t).parts[0]?.items ?? [];

describe('general rules behind the real pages', () => {
  it('year-suffixed and prefixed numbers alone on a line, title below, "Minutes:" after', () => {
    const t =
      'Items\nNo. Item\n\n51/23\n\nApologies for Absence\n\nMinutes:\n\nThere were no apologies.\n\n52/23\n\nMinutes of Previous Meeting: 28 March 2023 pdf icon PDF 366 KB\n\nDecision:\n\nThese were agreed as a correct record of the meeting.\n';
    const got = items(t);
    expect(got.map((i) => [i.number, i.title])).toEqual([
      ['51/23', 'Apologies for Absence'],
      ['52/23', 'Minutes of Previous Meeting: 28 March 2023'],
    ]);
    expect(got[0].resolution).toBeNull();
    expect(
      items(
        'CMD.74.21\n\nElection of the Cathaoirleach\n\nMinutes:\n\nText.\n\nCMD.75.21\n\nAny Other Business\n\nMinutes:\n\nNone.',
      ).map((i) => i.number),
    ).toEqual(['CMD.74.21', 'CMD.75.21']);
  });

  it('flattened PDF text is broken at its minute numbers', () => {
    const pad = 'Present: Councillors A, B, C and D. '.repeat(12);
    const got = items(
      `MINUTES OF THE MEETING HELD ON 23 SEPTEMBER 2009 ${pad}1. Apologies for Absence 1.1 There were apologies from Mr S. 2. Declarations of Interest 2.1 None. 3. Minutes 3.1 The Minutes of the meeting held on 15th July 2009 were approved as a correct record.`,
    );
    expect(got.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Declarations of Interest'],
      ['3', 'Minutes'],
    ]);
    expect(got[2].resolution?.text).toMatch(/were approved/);
  });

  it('an mgAi page is one item; a "Decision taken" block is the decision', () => {
    const a = items(
      'Agenda item\n\nCabinet Urgent Decisions\n\nRESOLVED – That the urgent decision be noted.\n\nSupporting documents:',
    );
    expect(a.map((i) => i.title)).toEqual(['Cabinet Urgent Decisions']);
    const d = items(
      'Decision status: Recommendations Approved\nDecision taken\nCabinet agreed the recommendations set out in the report.\nReason for decision\nTo progress.\nDate of decision: 03/12/2024\nDecided at meeting: 03/12/2024 - Cabinet',
    );
    expect(d[0].resolution?.text).toBe('Cabinet agreed the recommendations set out in the report.');
  });

  it('elections decide; deferrals to the next meeting are follow-ups; "had to be submitted" is not', () => {
    const e = items(
      '21.21\n\nElection of Cathaoirleach\n\nMinutes:\n\nIt was deemed that Cllr. Laurence Fallon be elected Cathaoirleach.\n\n22.21\n\nElection of Leas-Cathaoirleach\n\nMinutes:\n\nNone.',
    );
    expect(e[0].resolution?.text).toMatch(/Fallon be elected/);
    const ctx = { meetingDate: '2015-06-01', nextMeetingDate: null };
    expect(findActions('This was deferred to the next meeting as only two weeks had elapsed.', ctx)).toHaveLength(1);
    expect(
      findActions('It should read "a proposal had to be submitted to the DfE by 7th December, 2021".', ctx),
    ).toHaveLength(0);
  });
});
