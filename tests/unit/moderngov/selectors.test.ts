// Refined GitHub's selector test, offline: every variant of every selector in
// utils/moderngov/selectors.ts is counted on every markup sample (tests/unit/moderngov/markup.ts).
// A change to a selector, or a new sample, shows up here as a changed count; a variant that no
// sample matches has no evidence and fails.
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../utils/moderngov/selectors';
import { SAMPLES } from './markup';

/** Matches per sample, in SAMPLES order: kent-search, kirklees-search, cmis-search, meeting-table, meeting-bare, decision-details. */
const EXPECTED: Record<string, [number, number, number, number, number, number]> = {
  '#modgov': [1, 1, 0, 1, 1, 1],
  '.mgContent': [1, 1, 0, 1, 0, 1],
  'h1.mgMainTitleTxt': [0, 1, 0, 1, 0, 1],
  '.mgHeader h1': [0, 1, 0, 1, 0, 1],
  h1: [1, 1, 2, 1, 1, 1],
  '.mgSubTitleTxt': [0, 0, 0, 1, 0, 1],
  h2: [0, 0, 2, 1, 1, 1],
  '.mgSubTitle': [0, 0, 0, 0, 0, 1],
  '.mgLabel': [0, 0, 0, 2, 0, 2],
  'table.mgItemTable': [0, 0, 0, 1, 0, 0],
  table: [0, 0, 3, 1, 1, 0],
  'td.mgItemNumberCell': [0, 0, 0, 1, 0, 0],
  '.mgAiTitleTxt': [14, 19, 0, 2, 4, 0],
  'a.mgAiTitleLnk': [14, 7, 0, 1, 0, 0],
  '.mgSubItemTitleTxt': [0, 0, 0, 2, 0, 0],
  '.mgWordPara': [10, 4, 0, 2, 1, 0],
  'ul.mgBulletList': [0, 7, 0, 1, 0, 0],
  'ul.mgActionList': [0, 0, 0, 1, 0, 0],
  '.mgLinks a': [0, 0, 0, 1, 0, 0],
  'ul.mgBulletList a': [0, 7, 0, 1, 0, 0],
  'ul.mgActionList a': [0, 0, 0, 1, 0, 0],
  '.mgFileSize': [0, 7, 0, 3, 0, 0],
  '.mgHide': [8, 8, 0, 1, 0, 0],
  '[id^="AI"], a[name^="AI"]': [0, 0, 0, 1, 0, 0],
  '.mgSubSubTitleTxt': [0, 0, 0, 0, 0, 1],
};

/** Every selector string exported by selectors.ts, variants of a list each on their own. */
const variants = [
  ...new Set(
    Object.values(selectors).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : [])),
  ),
];
const docs = SAMPLES.map((s) => ({ ...s, doc: new DOMParser().parseFromString(s.html(), 'text/html') }));

describe('ModernGov selectors on markup samples', () => {
  it('has a row of expected counts for every selector variant, and no stale rows', () => {
    expect(variants.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('names its source and date for every sample', () => {
    for (const s of SAMPLES) expect(s.source.length > 20 && /\d{4}/.test(s.seen)).toBe(true);
  });

  it.each(Object.keys(EXPECTED))('%s matches as recorded on each sample', (selector) => {
    const counts = docs.map((d) => d.doc.querySelectorAll(selector).length);
    expect(Object.fromEntries(docs.map((d, i) => [d.name, counts[i]]))).toEqual(
      Object.fromEntries(docs.map((d, i) => [d.name, EXPECTED[selector][i]])),
    );
  });

  it.each(Object.keys(EXPECTED))('%s has evidence: it matches at least one ModernGov sample', (selector) => {
    const hits = docs.filter((d) => d.name !== 'cmis-search' && d.doc.querySelectorAll(selector).length > 0);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('finds no ModernGov root on the CMIS page, so it is never read as ModernGov', () => {
    const cmis = docs.find((d) => d.name === 'cmis-search')!.doc;
    expect(selectors.firstMatch(cmis, selectors.MODERNGOV_ROOT)).toBeNull();
  });
});
