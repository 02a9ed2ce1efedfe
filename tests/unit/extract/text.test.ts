import { describe, expect, it } from 'vitest';
import { addMonths, parseDate, parseMonth } from '../../../utils/text/dates';
import { decodeEntities, htmlToText } from '../../../utils/text/html';

describe('parseDate', () => {
  it.each([
    ['Wednesday, 2nd October, 2019', '2019-10-02'],
    ['27 September 2017', '2017-09-27'],
    ['Meeting: 20/09/2017 - Council', '2017-09-20'],
    ['Tuesday, 17 October 2023', '2023-10-17'],
    ['Date:Tuesday, 17 October 2023Time:10.00 am', '2023-10-17'],
    ['MONDAY 12TH JULY 2021 AT 7.30PM', '2021-07-12'],
    ['31/02/2020', null],
    ['no date here', null],
  ])('%s', (s, want) => expect(parseDate(s)).toBe(want));
  it('months', () => {
    expect(parseMonth('in April 2018')).toBe('2018-04');
    expect(parseMonth('by 3 May 2019')).toBe('2019-05');
    expect(addMonths('2017-07-20', 12)).toBe('2018-07');
    expect(addMonths('2017-11-01', 3)).toBe('2018-02');
  });
});

describe('htmlToText', () => {
  it('blocks, cells, bold, entities; drops script and style', () => {
    const t = htmlToText(
      '<style>b{}</style><p><b>1 Budget</b></p><table><tr><td>a&#47;b</td><td>&amp; &pound;5&nbsp;m</td></tr></table><script>x="<p>"</script>',
    );
    expect(t).not.toMatch(/script|b\{\}/);
    expect(t).toContain('**1 Budget**');
    expect(t).toContain('\ta/b\t& £5 m');
    expect(decodeEntities('&#x2F;&bogus;&')).toBe('/&bogus;&');
  });
  it('is linear on deeply nested and unclosed markup', () => {
    const deep = '<div>'.repeat(200_000) + 'x' + '</div>'.repeat(200_000);
    const t0 = performance.now();
    expect(htmlToText(deep).trim()).toBe('x');
    expect(htmlToText('<p unclosed <b>').length).toBeGreaterThanOrEqual(0);
    // A catastrophic regex takes minutes here; the bound only catches that (figures live in `npm run bench`).
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});
