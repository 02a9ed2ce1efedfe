// An edit to one follow-up, as the popup and tracker send it. Field-level, so two tabs editing
// different fields (or both adding notes) both keep their change.
import type { DueDate, FollowUp, FollowUpStatus } from '../types';
import { validateFollowUp, type Validation } from './validate';

export interface FollowUpPatch {
  status?: FollowUpStatus;
  due?: DueDate;
  owner?: string | null;
  tags?: string[];
  text?: string;
  /** Append a dated entry to the notes log. */
  addNote?: string;
  /** Remove the note entry with this timestamp. */
  removeNoteAt?: string;
  /** Link the later agenda item that answers this follow-up (null to unlink). */
  resolvedBy?: FollowUp['resolvedBy'];
}

/** Tags as typed ("housing, Budget ,housing") → trimmed, de-duplicated, non-empty. */
export function cleanTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const t = tag.trim().replace(/\s+/g, ' ');
    if (t && !seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  }
  return [...seen.values()];
}

/** The follow-up with the patch applied and `updatedAt` moved on, or why the result is invalid. */
export function applyPatch(current: FollowUp, patch: FollowUpPatch, now: Date): Validation<FollowUp> {
  const at = now.toISOString();
  const next: FollowUp = { ...current, notes: [...current.notes], updatedAt: at };
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.due !== undefined) next.due = patch.due || null;
  if (patch.owner !== undefined) next.owner = patch.owner?.trim() || null;
  if (patch.tags !== undefined) next.tags = Array.isArray(patch.tags) ? cleanTags(patch.tags) : patch.tags;
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.resolvedBy !== undefined) next.resolvedBy = patch.resolvedBy;
  if (patch.removeNoteAt !== undefined) next.notes = next.notes.filter((n) => n.at !== patch.removeNoteAt);
  if (typeof patch.addNote === 'string' && patch.addNote.trim()) {
    // Keep log timestamps unique and ordered even when two notes land in the same millisecond.
    const last = next.notes.at(-1)?.at;
    const stamp = last && last >= at ? new Date(Date.parse(last) + 1).toISOString() : at;
    next.notes.push({ at: stamp, text: patch.addNote.trim() });
  }
  return validateFollowUp(next);
}
