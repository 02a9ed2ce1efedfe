// Reports join the related-minutes index and the search page: the page is indexed again with each
// item's text followed by what its report says (title, purpose, recommendations), because report
// text is where the matters are named. Pure.
import type { ReportSummary } from '../extract/report';
import type { ParsedPage } from '../types';

/** Text a report adds to its item in the index. */
export function reportIndexText(r: ReportSummary): string {
  return [
    r.title,
    r.purpose,
    r.recommendations.length ? `Recommendations: ${r.recommendations.map((x) => x.text).join(' ')}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** A copy of `page` whose items carry their reports' text; null when no report was read. */
export function enrichPage(page: ParsedPage, reports: Map<number, ReportSummary[]>): ParsedPage | null {
  if (!reports.size) return null;
  const items = page.meeting.items.map((item, i) => {
    const extra = (reports.get(i) ?? []).map(reportIndexText).filter(Boolean);
    return extra.length ? { ...item, text: [item.text, ...extra].filter(Boolean).join('\n\n') } : item;
  });
  return { ...page, meeting: { ...page.meeting, items } };
}
