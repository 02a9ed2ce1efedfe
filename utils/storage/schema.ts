// The IndexedDB schema, one interface per version so each upgrade step is typed against what it
// reads. Version 1 (shipped first) held flat follow-up records with notes as one string; version 2
// nests the source, keeps notes as a dated log, adds tags, indexes, settings and a quarantine.
import type { DBSchema } from 'idb';
import type { StoredFollowUp } from '../followups/stored';
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

/** Something that could not be read or migrated, kept for the user rather than deleted. */
export interface QuarantinedRecord {
  id?: number;
  at: string;
  reason: string;
  /** Where it was found: the upgrade, a read of the store, or a restored backup. */
  origin: 'migration' | 'read';
  record: unknown;
}

export interface ScrutineerDB extends DBSchema {
  followUps: {
    key: string;
    value: StoredFollowUp;
    indexes: { status: string; due: string; pageKey: string; updatedAt: string; dedupeKey: string };
  };
  settings: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantinedRecord };
}
