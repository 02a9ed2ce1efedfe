// Checks that an unknown value is a well-formed follow-up. Used on every record read from the
// store (corrupt ones are quarantined, not dropped) and on every record of an imported backup
// (one bad record rejects the whole file). Errors name the field, so the user can find it.
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpKind, type NoteEntry } from '../types';

const KINDS: readonly FollowUpKind[] = ['item', 'resolution', 'action', 'recommendation'];
const PAGE_KINDS = ['meeting', 'agenda-item', 'decision', 'issue', 'unrecognised'] as const;
/** Generous limits: a minute's text fits easily; a pasted book or a hostile file does not. */
export const LIMITS = { shortText: 2_000, longText: 50_000, notes: 1_000, tags: 50 } as const;

const DUE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

class Invalid extends Error {}

function fail(path: string, problem: string): never {
  throw new Invalid(`${path} ${problem}`);
}

function obj(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as Record<string, unknown>;
}

function str(value: unknown, path: string, max: number = LIMITS.shortText): string {
  if (typeof value !== 'string') fail(path, 'must be text');
  if (value.length > max) fail(path, `is too long (${value.length} characters, limit ${max})`);
  return value;
}

function strOrNull(value: unknown, path: string, max: number = LIMITS.shortText): string | null {
  return value === null ? null : str(value, path, max);
}

function iso(value: unknown, path: string): string {
  const text = str(value, path, 40);
  if (Number.isNaN(Date.parse(text))) fail(path, 'must be an ISO date-time');
  return text;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) fail(path, `must be one of: ${allowed.join(', ')}`);
  return value as T;
}

function note(value: unknown, path: string): NoteEntry {
  const o = obj(value, path);
  return { at: iso(o.at, `${path}.at`), text: str(o.text, `${path}.text`, LIMITS.longText) };
}

function list<T>(value: unknown, path: string, max: number, each: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'must be a list');
  if (value.length > max) fail(path, `has too many entries (${value.length}, limit ${max})`);
  return value.map((v, i) => each(v, `${path}[${i}]`));
}

/** A clean copy of `value` as a FollowUp (unknown extra fields dropped), or the first problem found. */
export function validateFollowUp(value: unknown): Validation<FollowUp> {
  try {
    const o = obj(value, 'record');
    const s = obj(o.source, 'source');
    const due = strOrNull(o.due, 'due', 10);
    if (due !== null && !DUE.test(due)) fail('due', 'must be YYYY-MM-DD or YYYY-MM');
    const meetingDate = strOrNull(s.meetingDate, 'source.meetingDate', 10);
    if (meetingDate !== null && !DATE.test(meetingDate)) fail('source.meetingDate', 'must be YYYY-MM-DD');
    if (s.position !== null && (typeof s.position !== 'number' || !Number.isFinite(s.position))) {
      fail('source.position', 'must be a number or null');
    }
    const id = str(o.id, 'id', 500);
    if (!id) fail('id', 'must not be empty');
    const followUp: FollowUp = {
      id,
      source: {
        url: str(s.url, 'source.url', 4_096),
        host: str(s.host, 'source.host', 255),
        pageKey: str(s.pageKey, 'source.pageKey', 1_000),
        pageKind: oneOf(s.pageKind, PAGE_KINDS, 'source.pageKind'),
        committee: strOrNull(s.committee, 'source.committee'),
        meetingDate,
        itemNumber: strOrNull(s.itemNumber, 'source.itemNumber', 50),
        itemTitle: str(s.itemTitle, 'source.itemTitle'),
        agendaItemId: strOrNull(s.agendaItemId, 'source.agendaItemId', 50),
        quote: str(s.quote, 'source.quote', LIMITS.longText),
        position: s.position as number | null,
      },
      kind: oneOf(o.kind, KINDS, 'kind'),
      text: str(o.text, 'text', LIMITS.longText),
      status: oneOf(o.status, FOLLOW_UP_STATUSES, 'status'),
      due,
      owner: strOrNull(o.owner, 'owner'),
      notes: list(o.notes, 'notes', LIMITS.notes, note),
      tags: list(o.tags, 'tags', LIMITS.tags, (v, p) => str(v, p, 100)),
      createdAt: iso(o.createdAt, 'createdAt'),
      updatedAt: iso(o.updatedAt, 'updatedAt'),
    };
    if (o.resolvedBy !== undefined && o.resolvedBy !== null) {
      const r = obj(o.resolvedBy, 'resolvedBy');
      followUp.resolvedBy = {
        url: str(r.url, 'resolvedBy.url', 4_096),
        title: str(r.title, 'resolvedBy.title'),
        meetingDate: strOrNull(r.meetingDate, 'resolvedBy.meetingDate', 10),
      };
    } else if (o.resolvedBy === null) {
      followUp.resolvedBy = null;
    }
    return { ok: true, value: followUp };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}
