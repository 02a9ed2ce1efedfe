// The CLI's HTML path: a ModernGov page goes through the overlay's own DOM readers (same items,
// decisions and actions as the overlay), anything else through the text engine, and site chrome
// around ModernGov's content root never becomes an item.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/parser';
import { extractFromDocument, pageUrlOf } from '../../../utils/parser/read-html';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const demo = (f: string) => readFileSync(resolve('tests/fixtures/demo-site/pages', f), 'utf8');

describe('extractFromDocument', () => {
  it('a meeting page: the same items and decisions as the overlay reads', () => {
    const html = demo('dorsetcc-cabinet-2017-09-27.html');
    const doc = parse(html);
    const overlay = readPage(doc, new URL('https://example.gov.uk/ieListDocuments.aspx?CId=1&MId=2'))!.page.meeting;
    const cli = extractFromDocument(parse(html), html, 'cabinet.html').parts[0];
    expect(cli.items.length).toBeGreaterThan(3);
    expect(cli.items.map((i) => [i.number, i.title, i.resolution?.text ?? null])).toEqual(
      overlay.items.map((i) => [i.number, i.title, i.resolution?.text ?? null]),
    );
    expect(cli.items.map((i) => i.actions.map((a) => a.text))).toEqual(
      overlay.items.map((i) => i.actions.map((a) => a.text)),
    );
    expect(cli.committee).toBe(overlay.committee);
  });

  it('the page kind comes from the canonical link, the file name, or the page heading', () => {
    const withLink = parse(
      '<html><head><link rel="canonical" href="https://x.gov.uk/mgAi.aspx?ID=5"></head><body><div id="modgov"></div></body></html>',
    );
    expect(pageUrlOf(withLink, withLink.querySelector('#modgov')!)?.pathname).toBe('/mgAi.aspx');
    const bare = parse('<div id="modgov"><h1>Agenda item</h1></div>');
    expect(pageUrlOf(bare, bare.querySelector('#modgov')!, 'page.html')?.pathname).toBe('/mgAi.aspx');
    expect(pageUrlOf(bare, bare.querySelector('#modgov')!, 'ieDecisionDetails.aspx?ID=9.html')?.pathname).toBe(
      '/ieDecisionDetails.aspx',
    );
  });

  it('a ModernGov page the readers cannot read: only its content root is read, never the site around it', () => {
    const html =
      '<html><body><nav><p><b>1. Home</b></p><p><b>2. Search committee documents</b></p></nav>' +
      '<div id="modgov"><div class="mgContent"><p><b>5. Budget</b></p><p>RESOLVED that the budget be approved.</p><p><b>6. Parks</b></p><p>Noted.</p></div></div>' +
      '<footer><p><b>7. Accessibility Privacy Cookies</b></p></footer></body></html>';
    const items = extractFromDocument(parse(html), html, 'page.html').parts[0].items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['5', 'Budget'],
      ['6', 'Parks'],
    ]);
    expect(items[0].resolution?.text).toBe('that the budget be approved.');
  });

  it('Word-to-HTML minutes and other HTML go through the text engine', () => {
    const html =
      '<html><body><p><b>HOUSING COMMITTEE</b></p><p>Minutes of the meeting held on Wednesday, 15th March 2023</p><table><tr><td><b>45.</b></td><td><b>Apologies</b></td></tr><tr><td></td><td><p>None.</p></td></tr><tr><td><b>46.</b></td><td><b>Rents</b></td></tr><tr><td></td><td><p>RESOLVED – That rents rise by 7%.</p></td></tr></table></body></html>';
    const p = extractFromDocument(parse(html), html, 'minutes.docx.html').parts[0];
    expect(p.meetingDate).toBe('2023-03-15');
    expect(p.items.map((i) => [i.number, i.title])).toEqual([
      ['45', 'Apologies'],
      ['46', 'Rents'],
    ]);
  });

  it('never throws on a strange page', () => {
    for (const html of ['', '<div id="modgov">', '<div class="mgContent"><table><tr><td>1.</td></tr></table></div>']) {
      expect(() => extractFromDocument(parse(html), html)).not.toThrow();
    }
  });
});
