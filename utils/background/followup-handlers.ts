// The background's answers to the follow-up messages: thin wrappers over utils/storage and
// utils/export. Every change refreshes the toolbar badge. Errors thrown here (StorageProblem
// messages are written for the user) become `{ ok: false, error }` in `dispatch`.
import { buildExport } from '../export';
import { readBackup } from '../export/backup';
import type { HandlersFor } from '../messages';
import {
  addFollowUp,
  deleteFollowUps,
  getFollowUp,
  listFollowUps,
  mergeFollowUps,
  setStatuses,
  updateFollowUp,
} from '../storage/followups';
import type { FollowUpMessages } from '../followups/messages';
import { StorageProblem } from '../storage/problems';
import { getSettings, updateSettings } from '../storage/settings';
import { validateFollowUp } from '../followups/validate';
import { FOLLOW_UP_STATUSES, type FollowUp } from '../types';
import { refreshBadge, runDailyCheck } from './reminders';

export interface FollowUpHandlerOptions {
  /** Called after every change (default: refresh the badge). */
  onChange?: () => Promise<unknown>;
  now?: () => Date;
}

function ids(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new StorageProblem('invalid', 'Expected a list of follow-up ids.');
  }
  return value;
}

export function followUpHandlers(options: FollowUpHandlerOptions = {}): HandlersFor<FollowUpMessages> {
  const now = options.now ?? (() => new Date());
  const onChange = options.onChange ?? (() => refreshBadge(now()));
  const changed = async <T>(result: T): Promise<T> => {
    await onChange().catch((e) => console.warn('Scrutineer: after-change hook failed', e));
    return result;
  };
  return {
    async 'followup/add'(payload) {
      const { followUp, created } = await addFollowUp(payload, now());
      return changed({ ok: true, followUp, created });
    },
    async 'followup/list'() {
      const [{ followUps, quarantined }, settings] = await Promise.all([listFollowUps(), getSettings()]);
      return { ok: true, followUps, quarantined, settings };
    },
    async 'followup/get'({ id }) {
      return { ok: true, followUp: await getFollowUp(id) };
    },
    async 'followup/update'({ id, patch }) {
      if (patch.status !== undefined && !FOLLOW_UP_STATUSES.includes(patch.status)) {
        throw new StorageProblem('invalid', `Unknown status: ${String(patch.status)}`);
      }
      return changed({ ok: true, followUp: await updateFollowUp(id, patch, now()) });
    },
    async 'followup/set-status'(payload) {
      if (!FOLLOW_UP_STATUSES.includes(payload.status))
        throw new StorageProblem('invalid', `Unknown status: ${String(payload.status)}`);
      return changed({ ok: true, changed: await setStatuses(ids(payload.ids), payload.status, now()) });
    },
    async 'followup/delete'(payload) {
      return changed({ ok: true, deleted: await deleteFollowUps(ids(payload.ids)) });
    },
    async 'followup/restore'({ followUps }) {
      const records: FollowUp[] = [];
      for (const record of Array.isArray(followUps) ? followUps : []) {
        const checked = validateFollowUp(record);
        if (!checked.ok) throw new StorageProblem('invalid', `Cannot restore: ${checked.error}`);
        records.push(checked.value);
      }
      const result = await mergeFollowUps(records);
      return changed({ ok: true, restored: result.added + result.updated });
    },
    async 'followup/export'({ format, ids: only }) {
      const [{ followUps }, settings] = await Promise.all([listFollowUps(), getSettings()]);
      const wanted = only ? new Set(only) : null;
      const list = wanted ? followUps.filter((f) => wanted.has(f.id)) : followUps;
      return { ok: true, ...buildExport(format, list, now(), settings.dueSoonDays), count: list.length };
    },
    async 'followup/import'({ text }) {
      const read = readBackup(text);
      if (!read.ok) throw new StorageProblem('invalid', read.error);
      const result = await mergeFollowUps(read.followUps);
      return changed({ ok: true, ...result });
    },
    async 'followup/settings'({ patch }) {
      return { ok: true, settings: patch ? await updateSettings(patch) : await getSettings() };
    },
    async 'followup/check-reminders'() {
      return { ok: true, ...(await runDailyCheck(now())) };
    },
  };
}
