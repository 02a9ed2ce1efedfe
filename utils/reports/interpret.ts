// Page texts of a document → what the cards show, by what the document was read as: a report
// (one summary), a reports pack (split into items, each slice read as a report) or printed
// minutes (the extraction engine's result, with pages). Pure; runs in the background.
import { extractPrintedMinutes, readReport, splitPack, type PageText } from '../extract/report';
import type { AgendaEntry, PackPart, ReadAs, Reading } from './types';

export function interpretPages(as: ReadAs, pages: PageText[], agenda: AgendaEntry[] = []): Reading {
  const base = { state: 'done' as const, pages: pages.length, as };
  if (as === 'minutes') {
    const minutes = extractPrintedMinutes(pages).parts.flatMap((part) =>
      part.items.map(({ number, title, resolution, resolutionPage, actions, actionPages }) => ({
        number,
        title,
        resolution,
        resolutionPage,
        actions,
        actionPages,
      })),
    );
    return { ...base, minutes };
  }
  if (as === 'pack') {
    const parts: PackPart[] = splitPack(pages, agenda).map((p) => ({
      itemNumber: p.itemNumber,
      startPage: p.startPage,
      endPage: p.endPage,
      report: readReport(pages.filter((t) => t.page >= p.startPage && t.page <= p.endPage)),
    }));
    return { ...base, parts };
  }
  return { ...base, report: readReport(pages) };
}
