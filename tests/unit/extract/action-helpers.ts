// Shared by the action tests: actions found in a sample, checked to be the same with and without
// the hint-word gate the engine runs on papers.
import { expect } from 'vitest';
import { triggerGate } from '../../../utils/extract/action-hints';
import { findActions, type DueContext } from '../../../utils/extract/actions';

export function actionsAt(ctx: DueContext) {
  return (s: string) => {
    const found = findActions(s, ctx);
    expect(findActions(s, ctx, triggerGate)).toEqual(found);
    return found;
  };
}
