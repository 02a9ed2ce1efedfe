// What reading a linked PDF gives the page: plain data that crosses the message boundary.
import type { ReadAs } from '../moderngov/report-documents';
import type { PackAgendaEntry, ReportSummary } from '../extract/report';
import type { Action, Resolution } from '../types';

export type { ReadAs };

/** An agenda item as the pack splitter needs it. */
export type AgendaEntry = PackAgendaEntry;

/** One item's slice of a reports pack, read as a report (page numbers are the pack's). */
export interface PackPart {
  itemNumber: string;
  startPage: number;
  endPage: number;
  report: ReportSummary;
}

/** One item of printed minutes, slimmed for the card: the decision and actions with their pages. */
export interface MinutesItem {
  number: string | null;
  title: string;
  resolution: Resolution | null;
  resolutionPage: number | null;
  actions: Action[];
  actionPages: (number | null)[];
}

/** Why a document gave no text: a scan, a password, a file pdf.js could not parse. */
export type ReadFailure = 'scanned' | 'password' | 'malformed';

export interface Reading {
  state: 'done' | ReadFailure;
  pages: number;
  as: ReadAs;
  report?: ReportSummary;
  parts?: PackPart[];
  minutes?: MinutesItem[];
}
