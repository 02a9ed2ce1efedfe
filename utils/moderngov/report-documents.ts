// Which of a ModernGov page's document links are worth reading as PDFs, and as what: an item's
// report (the main `a.mgAiTitleLnk` link or a bulleted "Report"/".pdf" link), its appendices, the
// meeting's "Agenda reports pack" / "Full Agenda Pack" / "Public reports pack", and "Printed
// minutes" / "Printed draft minutes" / "Printed decisions" (../shared/MODERNGOV.md §d). Pure: the
// parser has already collected the links (utils/parser/links.ts); this only sorts them.
import type { DocumentLink, ParsedPage } from '../types';

export type ReadAs = 'report' | 'pack' | 'minutes';

export interface ReportDocument {
  link: DocumentLink;
  as: ReadAs;
  /** Bytes from the printed size ("PDF 684 KB"), or null when the page prints none. */
  bytes: number | null;
}

export interface PageDocuments {
  /** Per item index: the reports to read (appendices are listed, not read). */
  items: Record<number, ReportDocument[]>;
  pack: ReportDocument | null;
  minutes: ReportDocument | null;
}

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "PDF 684 KB" → 700416; "PDF 1.2 MB" → bytes; null when no size is printed. */
export function parseSizeLabel(label: string | null): number | null {
  const m = /(\d+(?:[.,]\d+)?)\s*(gb|mb|kb|b)\b/i.exec(label ?? '');
  return m ? Math.round(Number(m[1].replace(',', '.')) * UNITS[m[2].toLowerCase()]) : null;
}

/** True when the link is (or says it is) a PDF; Word and Excel attachments are not read. */
export function isPdfLink(link: DocumentLink): boolean {
  if (/\bpdf\b/i.test(link.size ?? '')) return true;
  let path = link.href;
  try {
    path = new URL(link.href).pathname;
  } catch {
    /* keep the raw href */
  }
  return /\.pdf$/i.test(path) || /mgConvert2PDF\.aspx/i.test(path);
}

const PACK = /\b(reports?|agenda|document)\s+pack\b|\bfull\s+agenda\b/i;
const SUPPLEMENT = /\bsupplement/i;
const PRINTED_MINUTES = /\bprinted\s+(?:draft\s+)?minutes\b|^\s*(?:\(public\)\s*)?minutes\b/i;
const PRINTED_DECISIONS = /\bprinted\s+decisions\b/i;
// Item titles name anything ("Local Plan", "Minutes of the Panel"), so only attachment words count.
const NOT_A_REPORT =
  /^\s*(?:appendix|annex|enclosure|presentation)\b|\b(?:appendix|annex)\s+[a-z0-9]{1,3}\b|\bfront\s?sheet\b|\benc\.?\s*\d/i;

/** What a meeting-level link is read as, or null (frontsheets, supplements, non-PDFs). */
export function classifyMeetingDocument(link: DocumentLink): ReadAs | null {
  if (!isPdfLink(link)) return null;
  if (PRINTED_MINUTES.test(link.title)) return 'minutes';
  if (PRINTED_DECISIONS.test(link.title)) return 'minutes';
  if (PACK.test(link.title) && !SUPPLEMENT.test(link.title)) return 'pack';
  return null;
}

/** True for an item's own report: a PDF whose title is not an appendix, map or minutes. */
export function isItemReport(link: DocumentLink): boolean {
  if (!isPdfLink(link) || link.kind === 'appendix') return false;
  return link.kind === 'report' && !NOT_A_REPORT.test(link.title);
}

const doc = (link: DocumentLink, as: ReadAs): ReportDocument => ({ link, as, bytes: parseSizeLabel(link.size) });

/** The documents of a parsed page to read; empty lists when it links none. */
export function findPageDocuments(page: ParsedPage): PageDocuments {
  const items: Record<number, ReportDocument[]> = {};
  page.meeting.items.forEach((item, i) => {
    if (item.routine) return;
    // The first report-like PDF is the item's report (the title link comes first); further ones
    // are read only when they call themselves reports (an EqIA or a plan is not where the
    // recommendations are, and each costs a request a second).
    const reports = item.documents.filter(isItemReport).filter((l, n) => n === 0 || /\breport\b/i.test(l.title));
    if (reports.length) items[i] = reports.slice(0, 3).map((l) => doc(l, 'report'));
  });
  let pack: ReportDocument | null = null;
  let minutes: ReportDocument | null = null;
  for (const link of page.meeting.documents) {
    const as = classifyMeetingDocument(link);
    if (as === 'pack' && !pack) pack = doc(link, 'pack');
    // Printed minutes win over printed decisions: they carry the actions as well.
    if (as === 'minutes' && (!minutes || PRINTED_MINUTES.test(link.title))) minutes = doc(link, 'minutes');
  }
  return { items, pack, minutes };
}
