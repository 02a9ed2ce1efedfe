// The user's settings for follow-ups (what "due soon" means, reminders), with their defaults.
// Plain data: utils/storage/settings.ts keeps them in IndexedDB, the UI reads them in replies.

export interface Settings {
  /** Follow-ups due within this many days count as "due soon". */
  dueSoonDays: number;
  /** Local date (YYYY-MM-DD) of the last reminder notification, so we notify once a day. */
  lastReminderDate: string | null;
  /** Whether the user asked for reminders (the notifications permission must also be granted). */
  remindersEnabled: boolean;
  /** Minutes between background checks of watched committees and subjects (default daily). */
  watchCheckMinutes: number;
  /** Notify when a check finds something new (the notifications permission must also be granted). */
  watchNotify: boolean;
  /** When the last check ran (ISO), for the options page. */
  lastWatchCheck: string | null;
  /** Read linked report PDFs without being asked (the report reader honours it). */
  readReportsAutomatically: boolean;
  /** Largest report PDF read automatically, in MB. */
  reportSizeLimitMb: number;
  /** Offer the browser's on-device summariser on item cards where it exists. */
  onDeviceSummaries: boolean;
  /** How far back "index this committee" reads, in months. */
  backfillMonths: number;
  /** Try the council's mgWebService before its HTML pages, when backfilling and in watch checks. */
  backfillWebService: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  dueSoonDays: 14,
  lastReminderDate: null,
  remindersEnabled: false,
  watchCheckMinutes: 24 * 60,
  watchNotify: false,
  lastWatchCheck: null,
  readReportsAutomatically: true,
  reportSizeLimitMb: 20,
  onDeviceSummaries: true,
  backfillMonths: 12,
  backfillWebService: true,
};
