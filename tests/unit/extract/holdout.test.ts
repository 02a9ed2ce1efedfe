// The scorer over the held-out samples (genres and councils the engine was not tuned on): the same
// bars the hidden set is held to, and the general rules those samples exercise.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';
import { findActions } from '../../../utils/extract/actions';

const root = join(__dirname, '../../..');
const ctx = { meetingDate: '2024-03-12', nextMeetingDate: null };

describe('scorer on the held-out samples', () => {
  it('items F1 ≥ 0.95, resolutions F1 ≥ 0.85, actions F1 ≥ 0.6', () => {
    const r = spawnSync(
      'node',
      [
        'tests/fixtures/eval/score.mjs',
        '--labels',
        'tests/fixtures/holdout/labels',
        '--docs',
        'tests/fixtures/holdout',
        '--min-items',
        '0.95',
        '--min-res',
        '0.85',
        '--min-actions',
        '0.6',
      ],
      { cwd: root, encoding: 'utf8', timeout: 400_000 },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 400_000);
});

describe('general rules behind the held-out samples', () => {
  it('a labelled meeting date beats a date in the body', () => {
    const p = extractDocument(
      'Decision details\nNew contract\nDecision Maker: Cabinet\nDecision:\nRESOLVED: That the contract be awarded.\nReasons for the decision:\nThe current contract expires on 31 March 2024.\nPublication date: 14/03/2024\nDate of decision: 13/03/2024\nDecided at meeting: 12/03/2024 - Cabinet',
    ).parts[0];
    expect(p.meetingDate).toBe('2024-03-12');
  });

  it('running page headers and footers are dropped, not items or breaks', () => {
    const footer = 'Cabinet - 12 March 2024\nPage 2 of 6\n';
    const text = `Minutes of the Cabinet held on 12 March 2024\n${footer}1. Budget\nRESOLVED:\n(1) That the report be noted.\n${footer}(2) That the virements be approved.\n2. Risk\nRESOLVED: That the register be noted.\n${footer}`;
    const items = extractDocument(text).parts[0].items;
    expect(items.map((i) => i.number)).toEqual(['1', '2']);
    expect(items[0].resolution?.text).toMatch(/virements be approved/);
  });

  it('agenda-worded lettered sub-points stay inside their item', () => {
    const text =
      '24/034 Finance\na) To approve the schedule of payments\nRESOLVED to approve the payments.\nb) To note the budget report\nThe report was noted.\n24/035 Playground\nNone.';
    const items = extractDocument(text).parts[0].items;
    expect(items.map((i) => i.number)).toEqual(['24/034', '24/035']);
    expect(items[0].resolution?.text).toBe('to approve the payments.');
  });

  it('a motion seconded and agreed: the quoted motion is the decision', () => {
    const text =
      '4. NOTICE OF MOTION\n"That this Council calls for a crossing at Church Street."\nThe motion was seconded by Councillor Walsh and agreed.\n5. CORRESPONDENCE\nNoted.';
    expect(extractDocument(text).parts[0].items[0].resolution?.text).toBe(
      'That this Council calls for a crossing at Church Street.',
    );
  });

  it('parish shorthand and passive promises with a deadline are actions; repeats are one action', () => {
    expect(findActions('The Clerk to apply for a grant by 30th April 2024.', ctx).map((a) => a.due)).toEqual([
      '2024-04-30',
    ]);
    expect(findActions('The Deputy Town Clerk to arrange payment.', ctx)).toHaveLength(1);
    expect(
      findActions('Mr. Nolan replied that the lights would be repaired by the end of February 2024.', {
        ...ctx,
        meetingDate: '2024-01-15',
      }).map((a) => a.due),
    ).toEqual(['2024-02']);
    expect(findActions('The Committee agreed to approve the consultation.', ctx)).toHaveLength(0);
    const twice = findActions(
      'RESOLVED: That the report be noted and a further update be brought to the Executive in June 2024.\nA further update would be brought to the Executive in June 2024.',
      ctx,
    );
    expect(twice).toHaveLength(1);
  });
});
