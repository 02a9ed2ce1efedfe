// No input makes the engine throw, and hostile input stays fast: a 5 MB mix of very long lines,
// thousands of numbered lines, deeply nested HTML and binary garbage.
import { describe, expect, it } from 'vitest';
import { analyseBlock, extractDocument } from '../../../utils/extract';

export function pathological(size = 5 * 1024 * 1024): string {
  const parts: string[] = [];
  let n = 0;
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  while (n < size) {
    const k = parts.length % 5;
    let s: string;
    if (k === 0) s = 'RESOLVED that '.repeat(2000) + 'a'.repeat(50_000) + '\n';
    else if (k === 1) s = Array.from({ length: 2000 }, (_, i) => `${i + 1}. Item ${i} was approved and would be circulated in April 2018`).join('\n') + '\n';
    else if (k === 2) s = '<div><b>'.repeat(5000) + '1 Apologies' + '</b></div>'.repeat(5000) + '\n';
    else if (k === 3) s = Array.from({ length: 30_000 }, () => String.fromCharCode(Math.floor(rand() * 65536))).join('') + '\n';
    else s = '**'.repeat(10_000) + '\n' + '### 1.\n'.repeat(3000) + '(a)\n'.repeat(3000) + '<'.repeat(20_000) + '&#'.repeat(20_000) + '\n';
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

describe('robustness', () => {
  it('5 MB of pathological input: no throw, under 3 s', () => {
    const input = pathological();
    expect(input.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const t0 = performance.now();
    const x = extractDocument(input);
    const ms = performance.now() - t0;
    expect(Array.isArray(x.parts)).toBe(true);
    expect(ms).toBeLessThan(3000);
  });

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
