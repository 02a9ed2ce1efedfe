// Upgrade step 1 → 2 for one record: nest the source, turn the free-text notes into a dated log
// (dated at the record's last update, the best we know), add tags and the dedupe key, and map
// the version-1 status "Closed" to "Done". Anything that is still not a valid follow-up afterwards
// is returned as an error so the caller can quarantine it.
import type { FollowUp } from '../types';
import { toStored, type StoredFollowUp } from '../followups/stored';
import { validateFollowUp, type Validation } from '../followups/validate';

/** The version-2 record for a version-1 value, or why it cannot be migrated. */
export function migrateV1Record(value: unknown): Validation<StoredFollowUp> {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'record must be an object' };
  const v = value as Record<string, unknown>;
  const notes = typeof v.notes === 'string' && v.notes.trim() ? [{ at: v.updatedAt, text: v.notes.trim() }] : [];
  const candidate = {
    id: v.id,
    source: {
      url: v.url,
      host: v.host,
      pageKey: v.pageKey,
      pageKind: pageKindFromKey(v.pageKey),
      committee: v.committee ?? null,
      meetingDate: v.meetingDate ?? null,
      itemNumber: v.itemNumber ?? null,
      itemTitle: v.itemTitle ?? '',
      agendaItemId: v.agendaItemId ?? null,
      quote: v.quote ?? v.text,
      position: null,
    },
    kind: v.kind,
    text: v.text,
    status: v.status === 'Closed' ? 'Done' : v.status,
    due: v.due ?? null,
    owner: v.owner ?? null,
    notes,
    tags: [],
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  };
  const checked = validateFollowUp(candidate);
  if (!checked.ok) return checked;
  return { ok: true, value: toStored(checked.value) };
}

/** Version 1 did not store the page kind; the page key (`host|item|123`) says it. */
function pageKindFromKey(key: unknown): FollowUp['source']['pageKind'] {
  const part = typeof key === 'string' ? key.split('|')[1] : undefined;
  if (part === 'item') return 'agenda-item';
  if (part === 'meeting' || part === 'decision' || part === 'issue') return part;
  return 'unrecognised';
}
