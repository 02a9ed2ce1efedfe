// The IndexedDB schema, one interface per version so each upgrade step is typed against what it
// reads. Version 1 (shipped first) held flat follow-up records with notes as one string; version 2
// nests the source, keeps notes as a dated log, adds tags, indexes, settings and a quarantine.
import type { DBSchema } from 'idb';
import type { FollowUp, FollowUpStatus } from '../types';

export const DB_NAME = 'scrutineer';
/** Highest schema version; tests check that an example dataset exists for each version. */
export const DB_VERSION = 2;

/** A follow-up as version 1 stored it (flat source, notes as free text, no tags). */
export interface FollowUpV1 {
  id: string;
  url: string;
  host: string;
  pageKey: string;
  committee: string | null;
  meetingDate: string | null;
  itemNumber: string | null;
  itemTitle: string;
  agendaItemId: string | null;
  quote: string;
  kind: FollowUp['kind'];
  text: string;
  /** Version 1 also allowed the parish-council word "Closed", now "Done". */
  status: FollowUpStatus | 'Closed';
  due: string | null;
  owner: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface ScrutineerDBv1 extends DBSchema {
  followUps: { key: string; value: FollowUpV1 };
}

/** A stored follow-up: the domain record plus its dedupe key (page + kind + normalised text). */
export interface StoredFollowUp extends FollowUp {
  dedupeKey: string;
}

/** Something that could not be read or migrated, kept for the user rather than deleted. */
export interface QuarantinedRecord {
  id?: number;
  at: string;
  reason: string;
  /** Where it was found: the upgrade, a read of the store, or a restored backup. */
  origin: 'migration' | 'read';
  record: unknown;
}

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
  /** Try the council's mgWebService before its HTML pages when backfilling. */
  backfillWebService: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  dueSoonDays: 14,
  lastReminderDate: null,
  remindersEnabled: false,
  watchCheckMinutes: 24 * 60,
  watchNotify: false,
  lastWatchCheck: null,
  readReportsAutomatically: false,
  reportSizeLimitMb: 10,
  onDeviceSummaries: true,
  backfillMonths: 12,
  backfillWebService: true,
};

export interface ScrutineerDB extends DBSchema {
  followUps: {
    key: string;
    value: StoredFollowUp;
    indexes: { status: string; due: string; pageKey: string; updatedAt: string; dedupeKey: string };
  };
  settings: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantinedRecord };
}
