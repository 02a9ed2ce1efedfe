// The one place that opens IndexedDB. Only the background imports this (IndexedDB opened in a
// content script would belong to the council's origin). Each schema step runs as
// `if (oldVersion < N)`; every version has an example dataset in tests/fixtures/storage/.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { migrateV1Record } from './migrate-v1';
import { DB_NAME, DB_VERSION, type ScrutineerDB, type ScrutineerDBv1 } from './schema';
import { StorageProblem } from './problems';

type UpgradeTx = IDBPTransaction<ScrutineerDB, StoreNames<ScrutineerDB>[], 'versionchange'>;

/** Schema steps, in order. Exported for the upgrade tests. */
export function upgradeSchema(db: IDBPDatabase<ScrutineerDB>, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    (db as unknown as IDBPDatabase<ScrutineerDBv1>).createObjectStore('followUps', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    const store = tx.objectStore('followUps');
    store.createIndex('status', 'status');
    store.createIndex('due', 'due');
    store.createIndex('pageKey', 'source.pageKey');
    store.createIndex('updatedAt', 'updatedAt');
    store.createIndex('dedupeKey', 'dedupeKey');
    db.createObjectStore('settings');
    db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
    if (oldVersion >= 1) void migrateRecordsFromV1(tx);
  }
}

/** Rewrite every version-1 record; ones that cannot be migrated go to quarantine, never away. */
async function migrateRecordsFromV1(tx: UpgradeTx): Promise<void> {
  const at = new Date().toISOString();
  const quarantine = tx.objectStore('quarantine');
  let cursor = await tx.objectStore('followUps').openCursor();
  while (cursor) {
    const migrated = migrateV1Record(cursor.value);
    if (migrated.ok) await cursor.update(migrated.value);
    else {
      await quarantine.add({ at, reason: migrated.error, origin: 'migration', record: cursor.value });
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
}

export interface OpenOptions {
  name?: string;
  version?: number;
  /** Another connection (an old tab or service worker) holds an older version open. */
  onBlocked?: () => void;
  /** This connection is holding up a newer version: it is closed so the upgrade can go ahead. */
  onBlocking?: () => void;
}

/** Open (and upgrade) the database. Rejects with a StorageProblem the user can read. */
export async function openScrutineerDB(options: OpenOptions = {}): Promise<IDBPDatabase<ScrutineerDB>> {
  try {
    return await openDB<ScrutineerDB>(options.name ?? DB_NAME, options.version ?? DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => upgradeSchema(database, oldVersion, tx),
      blocked: () => options.onBlocked?.(),
      blocking: (_current, _blocked, event) => {
        (event.target as IDBDatabase).close();
        options.onBlocking?.();
      },
    });
  } catch (error) {
    throw StorageProblem.from(error);
  }
}
