// A follow-up as the store keeps it: the domain record plus its dedupe key, so tracking the same
// promise twice finds the first (see dedupe-key.ts). Pure; utils/storage writes these.
import type { FollowUp } from '../types';
import { dedupeKey } from './dedupe-key';

/** A stored follow-up: the domain record plus its dedupe key (page + kind + normalised text). */
export interface StoredFollowUp extends FollowUp {
  dedupeKey: string;
}

/** A follow-up with its dedupe key, ready to put in the store. */
export function toStored(followUp: FollowUp): StoredFollowUp {
  return { ...followUp, dedupeKey: dedupeKey(followUp.source.pageKey, followUp.kind, followUp.text) };
}
