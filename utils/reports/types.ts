// What reading a linked PDF gives the page: plain data that crosses the message boundary.
import type { ReadAs } from '../moderngov/report-documents';
import type { ReportSummary, extractPrintedMinutes, splitPack } from '../extract/report';

export type { ReadAs };

/** An agenda item as the pack splitter needs it. */
export type AgendaEntry = NonNullable<Parameters<typeof splitPack>[1]>[number];

/** One item's slice of a reports pack, read as a report (page numbers are the pack's). */
export interface PackPart {
  itemNumber: string;
  startPage: number;
  endPage: number;
  report: ReportSummary;
}

export type PrintedMinutes = ReturnType<typeof extractPrintedMinutes>;

/** Why a document gave no text: a scan, a password, a file pdf.js could not parse. */
export type ReadFailure = 'scanned' | 'password' | 'malformed';

export interface Reading {
  state: 'done' | ReadFailure;
  pages: number;
  as: ReadAs;
  report?: ReportSummary;
  parts?: PackPart[];
  minutes?: PrintedMinutes;
}
