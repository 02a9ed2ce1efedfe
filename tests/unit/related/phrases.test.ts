import { describe, expect, it } from 'vitest';
import {
  containsTitle,
  isStandingTitle,
  namedPhrases,
  namesTitle,
  sharedRun,
  termLine,
} from '../../../utils/related/phrases';
import { contentTerms } from '../../../utils/related/text';

describe('same matter by name', () => {
  it('finds titles named in parentheses, quotes and "Review of …", not references or dates', () => {
    const text =
      'In relation to item 4 (Review of School Transport Eligibility), to note progress (Min. 45/23 refers). ' +
      'The “Town Centre Masterplan” was discussed (see 3 May 2023). The Convener welcomed the Review of Library Opening Hours.';
    expect(namedPhrases(text).map((p) => p.text)).toEqual([
      'Review of School Transport Eligibility',
      'Town Centre Masterplan',
      'Review of Library Opening Hours',
    ]);
  });

  it('skips job titles and lower-case asides in parentheses (as real minutes print them after names)', () => {
    const text =
      'Dr Jane Roe (Director of Public Health) and Sam Poe (Interim Strategic Lead for Public Health) attended. ' +
      'Councillor Doe (Joint Opposition Spokesperson) spoke. The plan (attached as Appendix A) and the (Review of Grant Standing Orders pdf icon PDF 236 KB) were noted.';
    expect(namedPhrases(text).map((p) => p.text)).toEqual(['Review of Grant Standing Orders']);
  });

  it('matches a named phrase to the same title, not to a neighbouring matter', () => {
    const terms = contentTerms('Review of Parking Charges');
    expect(namesTitle(terms, 'Review of Parking Charges')).toBe(true);
    expect(namesTitle(terms, 'Parking Enforcement Annual Report')).toBe(false);
    expect(
      containsTitle(
        termLine('the Convener noted the leisure centre opening hours had changed'),
        'Leisure Centre Opening Hours',
      ),
    ).toBe(true);
    expect(containsTitle(termLine('opening of the leisure centre'), 'Leisure Centre Opening Hours')).toBe(false);
  });

  it('treats standing business as standing', () => {
    for (const t of [
      'Business Planner',
      'Work Programme',
      "Committee's Work Programme and Cabinet's Forward Plan",
      'Rolling Actions Log',
      'Minutes',
      'Apologies for absence',
      'Declarations of Interest',
    ]) {
      expect(isStandingTitle(t)).toBe(true);
    }
    expect(isStandingTitle('Review of School Transport Eligibility')).toBe(false);
  });

  it('shows the longest shared run of words', () => {
    expect(
      sharedRun('Update on the school transport eligibility consultation', 'Review of School Transport Eligibility'),
    ).toBe('school transport eligibility');
    expect(sharedRun('Budget monitoring', 'Parking charges')).toBeNull();
  });
});
