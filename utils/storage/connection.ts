// The background's single database connection, opened lazily. While another connection blocks an
// upgrade, callers get a StorageProblem at once (the user sees why) instead of waiting forever;
// once the other tab lets go, the same opening completes and later calls succeed.
import type { IDBPDatabase } from 'idb';
import { openScrutineerDB } from './db';
import { StorageProblem } from './problems';
import type { ScrutineerDB } from './schema';

type DB = IDBPDatabase<ScrutineerDB>;

const NEVER = new Promise<never>(() => {});
let opening: Promise<DB> | null = null;
let blockedSignal: Promise<never> = NEVER;

/** The open database (opening and upgrading it on first use). Rejects with a StorageProblem. */
export function getDB(): Promise<DB> {
  if (!opening) {
    let signal: (problem: StorageProblem) => void = () => {};
    blockedSignal = new Promise<never>((_, reject) => (signal = reject));
    blockedSignal.catch(() => {});
    const thisOpening = openScrutineerDB({
      onBlocked: () => signal(StorageProblem.blocked()),
      // A newer version wants in: our connection is closed, so reopen on next use.
      onBlocking: () => {
        if (opening === thisOpening) opening = null;
      },
    });
    opening = thisOpening;
    thisOpening.then(
      () => (blockedSignal = NEVER),
      () => {
        if (opening === thisOpening) opening = null;
      },
    );
  }
  return Promise.race([opening, blockedSignal]);
}

/** Close the connection (tests, and before deleting the database). */
export async function closeDB(): Promise<void> {
  const current = opening;
  opening = null;
  blockedSignal = NEVER;
  if (current) (await current.catch(() => null))?.close();
}

let persisted: boolean | null = null;

/**
 * Ask the browser not to evict our data under storage pressure. `persist()` exists only in window
 * contexts, so extension pages call it too; the service worker can still read `persisted()`.
 * Returns whether storage is persistent, or null when the browser cannot say.
 */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  try {
    if (storage?.persist && !(await storage.persisted?.())) persisted = await storage.persist();
    else if (storage?.persisted) persisted = await storage.persisted();
  } catch {
    persisted = null;
  }
  return persisted;
}
