// The watch feature's own database, `scrutineer-watch`, opened only in the background (as the
// other two: IndexedDB opened in a content script would belong to the council's origin). Kept
// apart from `scrutineer` so watches need no migration of the follow-up store.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HostState, ListState, NewEntry, Watch } from './types';

export const WATCH_DB_NAME = 'scrutineer-watch';
export const WATCH_DB_VERSION = 1;

export interface WatchDB extends DBSchema {
  watches: { key: string; value: Watch };
  entries: { key: string; value: NewEntry; indexes: { foundAt: string } };
  lists: { key: string; value: ListState };
  hosts: { key: string; value: HostState };
}

export type WatchDatabase = IDBPDatabase<WatchDB>;

let cached: Promise<WatchDatabase> | null = null;

/** The (cached) connection; upgrades run `if (oldVersion < N)` steps. */
export function watchDb(name = WATCH_DB_NAME): Promise<WatchDatabase> {
  if (name !== WATCH_DB_NAME) return open(name);
  cached ??= open(name).catch((error) => {
    cached = null;
    throw error;
  });
  return cached;
}

function open(name: string): Promise<WatchDatabase> {
  return openDB<WatchDB>(name, WATCH_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('watches', { keyPath: 'id' });
        db.createObjectStore('entries', { keyPath: 'id' }).createIndex('foundAt', 'foundAt');
        db.createObjectStore('lists', { keyPath: 'key' });
        db.createObjectStore('hosts', { keyPath: 'host' });
      }
    },
    blocking() {
      // "Clear everything" deletes this database: let go so the deletion is not blocked.
      void cached?.then((db) => db.close());
      cached = null;
    },
  });
}
