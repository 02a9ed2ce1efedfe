// The report reader's vocabulary: a PDF's page texts in, a summary of one committee report out.
// Plain data only (these values cross the offscreen-document → content-script message boundary).

/** What a £ figure in a report is: the same roles the engine gives money in minutes. */
export type { MoneyRole } from './money';
import type { MoneyRole } from './money';

/** One page of a PDF: 1-based page number, text as pdf.js gives it (lines joined with \n). */
export interface PageText {
  page: number;
  text: string;
}

export interface ReportFigure {
  amount: number;
  /** The sentence (or clause) the figure stands in, whitespace collapsed. */
  text: string;
  role: MoneyRole;
  page: number | null;
}

export interface ReportRecommendation {
  /** "1", "(a)", "A", "(ii)" as printed, or null when unnumbered. */
  number: string | null;
  text: string;
  page: number | null;
}

export interface ReportSummary {
  title: string | null;
  purpose: string | null;
  recommendations: ReportRecommendation[];
  reasons: string | null;
  keyDecision: boolean | null;
  decisionNumber: string | null;
  wards: string | null;
  figures: ReportFigure[];
  author: string | null;
  contact: string | null;
  exempt: boolean;
  exemptReason: string | null;
  appendices: string[];
  pages: number;
}

/** One agenda item's stretch of a reports pack (pages inclusive, 1-based). */
export interface PackSection {
  itemNumber: string;
  startPage: number;
  endPage: number;
}

export interface PackAgendaEntry {
  number: string;
  title: string;
  pageRange?: [number, number];
}
