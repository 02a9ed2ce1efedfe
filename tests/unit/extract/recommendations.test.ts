// What an agenda or report puts to the meeting before anything is decided: marked headings, and
// the proposal set inside a paragraph (wrapped across lines, or the chair's motion in a table row).
import { describe, expect, it } from 'vitest';
import { findRecommendation } from '../../../utils/extract/recommendations';

const body = (t: string) => t.split('\n').map((text) => ({ text, bullet: false, heading: false }));
const rec = (t: string) => findRecommendation(body(t))?.text ?? null;

describe('recommendations', () => {
  it('a "Recommendation(s):" heading and its list', () => {
    expect(rec('Recommendations:\n(a) That the plan be approved;\n(b) That the fees be noted.')).toBe(
      '(a) That the plan be approved; (b) That the fees be noted.',
    );
  });

  it('"is asked to" inside a paragraph wrapped across lines', () => {
    expect(
      rec(
        'The report is for information and the Cabinet Member is\nasked to note the contents of the report.\nDecision:',
      ),
    ).toBe('the Cabinet Member is asked to note the contents of the report.');
  });

  it("the chair's motion in a flattened table row", () => {
    expect(
      rec('Exclusion of the Press The Chair to move: “That the public be excluded.” Minutes: The Chair moved'),
    ).toBe('The Chair to move: “That the public be excluded.”');
  });

  it('a decision already taken is not a recommendation', () => {
    expect(rec('The Cabinet noted the report.')).toBeNull();
    expect(rec('Members asked the officer to report back.')).toBeNull();
  });
});
