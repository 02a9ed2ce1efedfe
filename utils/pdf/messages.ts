// Messages for reading linked PDFs (answered in utils/background/pdf-handlers.ts). The content
// script fetches the bytes (same origin, through the request slots) and hands them over; the
// background reads them with pdf.js in an extension context, in steps so the card can show
// progress, caches the page texts and answers with what the cards show.
import type { AgendaEntry, ReadAs, Reading } from '../reports/types';
import type { Ok } from '../related/messages';
import type { Validators } from './cache-db';

export interface PdfMessages {
  /** A cached reading of this document, if its validators still agree (no request needed). */
  'pdf/cached': {
    req: { url: string; validators: Validators; as: ReadAs; agenda?: AgendaEntry[] };
    res: Ok<{ reading: Reading | null }>;
  };
  /** Start reading fetched bytes (base64); answers the page count, or the failure. */
  'pdf/open': {
    req: { id: string; url: string; data: string; validators: Validators; as: ReadAs; agenda?: AgendaEntry[] };
    res: Ok<{ pages: number; reading: Reading | null }>;
  };
  /** Read on; `reading` is set once every page is read. */
  'pdf/continue': { req: { id: string }; res: Ok<{ read: number; pages: number; reading: Reading | null }> };
  /** Forget every cached document ("clear cached documents"). */
  'pdf/clear-cache': { req: Record<string, never>; res: Ok<{ removed: number }> };
}
