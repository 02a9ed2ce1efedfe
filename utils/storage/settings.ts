// User settings, one key per setting in the `settings` store, merged over the defaults so a
// setting added later needs no migration.
import { getDB } from './connection';
import { StorageProblem } from './problems';
import { DEFAULT_SETTINGS, type Settings } from '../followups/settings';

/** Current settings (defaults for anything never set or stored with the wrong type). */
export async function getSettings(): Promise<Settings> {
  try {
    const db = await getDB();
    const settings: Settings = { ...DEFAULT_SETTINGS };
    const tx = db.transaction('settings');
    for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
      const value = await tx.store.get(key);
      if (value !== undefined && typeof value === typeof DEFAULT_SETTINGS[key])
        (settings as unknown as Record<string, unknown>)[key] = value;
      else if (value !== undefined && DEFAULT_SETTINGS[key] === null && typeof value === 'string')
        (settings as unknown as Record<string, unknown>)[key] = value;
    }
    await tx.done;
    return settings;
  } catch (error) {
    throw StorageProblem.from(error);
  }
}

/** Store some settings; returns the full settings afterwards. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  try {
    const db = await getDB();
    const tx = db.transaction('settings', 'readwrite');
    for (const [key, value] of Object.entries(patch)) {
      if (key in DEFAULT_SETTINGS && value !== undefined) await tx.store.put(value, key);
    }
    await tx.done;
  } catch (error) {
    throw StorageProblem.from(error);
  }
  return getSettings();
}
