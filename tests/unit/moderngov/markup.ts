// Markup evidence for utils/moderngov/selectors.ts: each sample says where its shape comes from
// and when it was seen. Real captures are read from ../shared/corpus/moderngov-html/ (see its
// MANIFEST.md) rather than copied into the repo; the other samples are a few lines written here
// in the shape that public scrapers run against live councils rely on, with invented text, because
// no real meeting, decision or issue page has been saved anywhere we can reach (MODERNGOV.md,
// "Important limitation"). To add a sample: save the page's HTML (or write the few lines a
// scraper or page text shows), add it here with its source and date, run the selector test and
// fill in its row of counts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Evidence = 'real-html' | 'parser' | 'inferred';

export interface MarkupSample {
  name: string;
  /** Where the markup (or its shape) comes from. */
  source: string;
  /** When the page was captured, or when the shape was written down here. */
  seen: string;
  evidence: Evidence;
  html: () => string;
}

const CORPUS = resolve('../shared/corpus/moderngov-html');
/**
 * A saved page, made inert: its stylesheet links and scripts are renamed so that parsing it in a
 * test fetches and runs nothing (no selector reads them).
 */
const shared = (file: string) => () =>
  readFileSync(resolve(CORPUS, file), 'utf8').replace(/<(\/?)(link|script)\b/gi, '<$1inert-$2');

export const SAMPLES: MarkupSample[] = [
  {
    name: 'kent-search',
    source:
      'democracy.kent.gov.uk ieSearchResults2.aspx?SS=substance%20misuse (shared corpus: kent-ieSearchResults2-substance-misuse.html)',
    seen: '2026-08-11',
    evidence: 'real-html',
    html: shared('kent-ieSearchResults2-substance-misuse.html'),
  },
  {
    name: 'kirklees-search',
    source:
      'democracy.kirklees.gov.uk ieSearchResults2.aspx?SS=drug%20and%20alcohol (shared corpus: kirklees-ieSearchResults2-drug-and-alcohol.html)',
    seen: '2026-08-11',
    evidence: 'real-html',
    html: shared('kirklees-ieSearchResults2-drug-and-alcohol.html'),
  },
  {
    name: 'cmis-search',
    source:
      'cmis.harborough.gov.uk CMIS search results, not ModernGov: the control (shared corpus: harborough-cmis5-Search-results-page1.html)',
    seen: 'before 2026-08 (fixture in a public repository)',
    evidence: 'real-html',
    html: shared('harborough-cmis5-Search-results-page1.html'),
  },
  {
    name: 'meeting-table',
    source:
      'MODERNGOV.md "Markup, from scrapers": Kent scraper (table.mgItemTable, td.mgItemNumberCell, p.mgSubItemTitleTxt walked with ul.mgBulletList and div.mgWordPara), Senedd parser (<h2 class="mgSubTitleTxt">), CampaignLab (.mgContent .mgLabel, .mgLinks a), Reading markup quoted in a public JS file (ul > li > a to mgIssueHistoryHome), Kirklees #AI links; item title and size as in the real search captures',
    seen: '2026-11-29 (written from those sources)',
    evidence: 'parser',
    html: () => `<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgContent"><h2 class="mgSubTitleTxt">Cabinet - Monday, 16th March, 2026 6.30 pm</h2>
<p><span class="mgLabel">Venue: </span>Town Hall</p><p><span class="mgLabel">Contact: </span>Democratic Services</p>
<div class="mgLinks"><a href="documents/g1/Printed%20minutes.pdf">Printed minutes <span class="mgFileSize">PDF 120 KB</span></a></div>
<table class="mgItemTable"><tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">62.</p></td>
<td><a name="AI1551"></a><p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="documents/s1/Report.pdf">Budget monitoring <span class="mgHide">pdf icon</span></a> <span class="mgFileSize">PDF 684 KB</span></p>
<div class="mgWordPara"><p>To consider the report.</p></div><p class="mgSubItemTitleTxt">Decision:</p>
<div class="mgWordPara"><p>RESOLVED – That the report be noted.</p></div><p class="mgSubItemTitleTxt">Supporting documents:</p>
<ul class="mgBulletList"><li><a href="documents/s2/Appendix.pdf">Appendix A <span class="mgFileSize">PDF 50 KB</span></a></li></ul>
<ul class="mgActionList"><li><a href="mgIssueHistoryHome.aspx?IId=3973" title="Link to issue details for item 62.">View the background to item 62.</a></li></ul>
</td></tr></table></div></div>`,
  },
  {
    name: 'meeting-bare',
    source:
      'MODERNGOV.md: bare <h1> in the Kent capture (real), "fallback: any tr with two tds whose first holds p.mgAiTitleTxt" and an unclassed title line (inferred), for a template that drops the mg classes on the heading and table',
    seen: '2026-11-29 (written from those sources)',
    evidence: 'inferred',
    html: () => `<div id="modgov"><h1>Agenda</h1><h2>Planning Committee - Tuesday, 3rd February, 2026 2.00 pm</h2>
<table><tr><td><p class="mgAiTitleTxt">1.</p></td><td><p class="mgAiTitleTxt">Apologies for absence</p></td></tr>
<tr><td><p class="mgAiTitleTxt">2.</p></td><td><p class="mgAiTitleTxt">Land at Mill Lane</p><div class="mgWordPara"><p>Application refused.</p></div></td></tr></table></div>`,
  },
  {
    name: 'decision-details',
    source:
      'MODERNGOV.md "Decision details": CampaignLab scrape_decisions_worker.rb on democracy.cambridge.gov.uk (.mgContent .mgLabel "Decision Maker: ", h3.mgSubSubTitleTxt section headings, .WordSection1 body) and the page text order',
    seen: '2026-11-29 (written from those sources)',
    evidence: 'parser',
    html: () => `<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Decision details</h1></div>
<div class="mgContent"><div class="mgSubTitle"><h2 class="mgSubTitleTxt">Fees and charges 2026/27</h2></div>
<p><span class="mgLabel">Decision Maker: </span>Cabinet</p><h3 class="mgSubSubTitleTxt">Decision:</h3>
<div class="WordSection1"><p>RESOLVED – That the fees be approved.</p></div>
<p><span class="mgLabel">Date of decision: </span>16/03/2026</p></div></div>`,
  },
];
