// The user's settings for follow-ups (what "due soon" means, reminders), with their defaults.
// Plain data: utils/storage/settings.ts keeps them in IndexedDB, the UI reads them in replies.

export interface Settings {
  /** Follow-ups due within this many days count as "due soon". */
  dueSoonDays: number;
  /** Local date (YYYY-MM-DD) of the last reminder notification, so we notify once a day. */
  lastReminderDate: string | null;
  /** Whether the user asked for reminders (the notifications permission must also be granted). */
  remindersEnabled: boolean;
}

export const DEFAULT_SETTINGS: Settings = { dueSoonDays: 14, lastReminderDate: null, remindersEnabled: false };
