// JSON full backup in a versioned envelope, and the strict reader for importing one. The reader
// checks everything before anything is written: a file that is not JSON, has the wrong format
// or version, or holds even one invalid record is rejected with a message that says why.
import { validateFollowUp } from '../followups/validate';
import type { FollowUp } from '../types';

export const BACKUP_FORMAT = 'scrutineer-followups';
export const BACKUP_VERSION = 1;
/** Bigger than any real tracker (10,000 follow-ups ≈ 20 MB); stops a wrong file hanging the browser. */
export const MAX_BACKUP_CHARS = 50_000_000;
export const MAX_BACKUP_RECORDS = 100_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  followUps: FollowUp[];
}

/** The backup text (pretty-printed: people diff and read these). */
export function toBackupJson(list: FollowUp[], now: Date): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    followUps: list,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export type BackupRead = { ok: true; followUps: FollowUp[] } | { ok: false; error: string };

/** Read and check a backup file's text. Never throws. */
export function readBackup(text: unknown): BackupRead {
  const bad = (why: string): BackupRead => ({
    ok: false,
    error: `This file cannot be imported: ${why} Nothing was changed.`,
  });
  if (typeof text !== 'string') return bad('it is not a text file.');
  if (text.length > MAX_BACKUP_CHARS) return bad(`it is too large (${Math.round(text.length / 1e6)} MB).`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return bad('it is not JSON. Choose a Scrutineer backup (.json) file.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('it is not a Scrutineer backup.');
  const o = data as Record<string, unknown>;
  if (o.format !== BACKUP_FORMAT) return bad('it is not a Scrutineer backup (no "format": "scrutineer-followups").');
  if (o.version !== BACKUP_VERSION) {
    return bad(
      `it is backup version ${JSON.stringify(o.version)}, and this version of Scrutineer reads version ${BACKUP_VERSION}.`,
    );
  }
  if (!Array.isArray(o.followUps)) return bad('it has no list of follow-ups.');
  if (o.followUps.length > MAX_BACKUP_RECORDS) return bad(`it has too many follow-ups (${o.followUps.length}).`);
  const followUps: FollowUp[] = [];
  const problems: string[] = [];
  o.followUps.forEach((record, i) => {
    const checked = validateFollowUp(record);
    if (checked.ok) followUps.push(checked.value);
    else problems.push(`follow-up ${i + 1}: ${checked.error}`);
  });
  if (problems.length) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return bad(
      `${problems.length} of ${o.followUps.length} follow-ups are invalid — ${problems.slice(0, 3).join('; ')}${more}.`,
    );
  }
  return { ok: true, followUps };
}
