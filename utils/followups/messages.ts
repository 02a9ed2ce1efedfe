// Messages about follow-ups (answered in utils/background/followup-handlers.ts, over utils/storage).
// Failures come back as `{ ok: false, error }` with a message meant for the user.
import type { FollowUp, FollowUpStatus, NewFollowUp } from '../types';
import type { ExportFormat } from '../export/format';
import type { FollowUpPatch } from './patch';
import type { Settings } from './settings';

export interface FollowUpMessages {
  /** Track an item, resolution, action or recommendation (deduplicated by page + kind + text). */
  'followup/add': { req: NewFollowUp; res: { ok: true; followUp: FollowUp; created: boolean } };
  /** Every follow-up, plus what the UI needs to order them and to warn about quarantined records. */
  'followup/list': {
    req: Record<string, never>;
    res: { ok: true; followUps: FollowUp[]; quarantined: number; settings: Settings };
  };
  'followup/get': { req: { id: string }; res: { ok: true; followUp: FollowUp | null } };
  /** Edit status, due date, owner, tags, text or notes of one follow-up. */
  'followup/update': { req: { id: string; patch: FollowUpPatch }; res: { ok: true; followUp: FollowUp } };
  /** Bulk status change. */
  'followup/set-status': { req: { ids: string[]; status: FollowUpStatus }; res: { ok: true; changed: number } };
  /** Delete; the reply carries the deleted records for Undo. */
  'followup/delete': { req: { ids: string[] }; res: { ok: true; deleted: FollowUp[] } };
  /** Undo a delete: put records back (newer `updatedAt` wins over anything re-tracked meanwhile). */
  'followup/restore': { req: { followUps: FollowUp[] }; res: { ok: true; restored: number } };
  /** A file to download. */
  'followup/export': {
    req: { format: ExportFormat; ids?: string[] };
    res: { ok: true; filename: string; mimeType: string; content: string; count: number };
  };
  /** Merge a JSON backup; an invalid file changes nothing. */
  'followup/import': { req: { text: string }; res: { ok: true; added: number; updated: number; unchanged: number } };
  'followup/settings': { req: { patch?: Partial<Settings> }; res: { ok: true; settings: Settings } };
  /** Re-run the daily check now (after the user grants notifications, and from tests). */
  'followup/check-reminders': { req: Record<string, never>; res: { ok: true; overdue: number; notified: boolean } };
}
