// No input makes the engine throw, and hostile input stays fast: a 5 MB mix of very long lines,
// thousands of numbered lines, deeply nested HTML and binary garbage.
import { describe, expect, it } from 'vitest';
import { analyseBlock, extractDocument } from '../../../utils/extract';
import { pathological } from '../../fixtures/extract/pathological';

describe('robustness', () => {
  it('5 MB of pathological input: no throw, no runaway time', () => {
    const input = pathological();
    expect(input.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const t0 = performance.now();
    const x = extractDocument(input);
    const ms = performance.now() - t0;
    expect(Array.isArray(x.parts)).toBe(true);
    // A catastrophic regex takes minutes here; the bound only catches that (figures live in `npm run bench`).
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n '],
    ['null', null],
    ['number', 42],
    ['NULs', '\u0000'.repeat(1000)],
    ['lone surrogates', '\ud800\udc00\ud800'.repeat(100)],
    ['only numbers', '1.\n2.\n3.\n'],
    ['unclosed tags', '<html><b><p'],
  ])('%s never throws', (_name, input) => {
    expect(() => extractDocument(input as string)).not.toThrow();
    expect(() => extractDocument(input as string, { format: 'html' })).not.toThrow();
    expect(() => analyseBlock(input as string, { meetingDate: null, kind: 'minutes' })).not.toThrow();
  });
});
