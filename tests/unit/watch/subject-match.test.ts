import { describe, expect, it } from 'vitest';
import { matchesSubject, parseSubject } from '../../../utils/watch/subject-match';

describe('matchesSubject', () => {
  it.each([
    ['libraries', 'Library Service Review', true],
    ['library closures', 'Proposed closure of two branch libraries', true],
    ['library closures', 'Library opening hours', false],
    ['"opening hours"', 'Library opening hours from April', true],
    ['"opening hours"', 'Hours of opening', false],
    ['bus', 'Buses and the local transport plan', true],
    ['', 'Anything', false],
  ])('%s in %s → %s', (subject, text, expected) => {
    expect(matchesSubject(parseSubject(subject), text)).toBe(expected);
  });

  it('stays linear on a long text', () => {
    const text = 'a '.repeat(500_000);
    const t = performance.now();
    expect(matchesSubject(parseSubject('"a a a a b"'), text)).toBe(false);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
