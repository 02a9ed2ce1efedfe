// Small async functions over `scrutineer-watch` that hide the transactions (as utils/storage does).
import { watchDb, type WatchDatabase } from './db';
import type { HostState, ListState, NewEntry, Watch } from './types';

/** How many entries are kept (newest first); older ones are dropped at each check. */
export const MAX_ENTRIES = 300;

export class WatchStore {
  constructor(private readonly open: () => Promise<WatchDatabase> = () => watchDb()) {}

  async watches(): Promise<Watch[]> {
    return (await (await this.open()).getAll('watches')).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
  async getWatch(id: string): Promise<Watch | undefined> {
    return (await this.open()).get('watches', id);
  }
  async putWatch(watch: Watch): Promise<Watch> {
    await (await this.open()).put('watches', watch);
    return watch;
  }
  async deleteWatch(id: string): Promise<Watch | undefined> {
    const db = await this.open();
    const tx = db.transaction('watches', 'readwrite');
    const old = await tx.store.get(id);
    if (old) await tx.store.delete(id);
    await tx.done;
    return old;
  }

  async list(key: string): Promise<ListState | undefined> {
    return (await this.open()).get('lists', key);
  }
  async putList(state: ListState): Promise<void> {
    await (await this.open()).put('lists', state);
  }
  async deleteList(key: string): Promise<void> {
    await (await this.open()).delete('lists', key);
  }

  async hosts(): Promise<HostState[]> {
    return (await this.open()).getAll('hosts');
  }
  async host(host: string): Promise<HostState | undefined> {
    return (await this.open()).get('hosts', host);
  }
  async putHost(state: HostState): Promise<void> {
    await (await this.open()).put('hosts', state);
  }

  /** Store entries not seen before (an entry found again keeps its seen/dismissed state); returns the added ones. */
  async addEntries(entries: NewEntry[]): Promise<NewEntry[]> {
    if (!entries.length) return [];
    const db = await this.open();
    const tx = db.transaction('entries', 'readwrite');
    const added: NewEntry[] = [];
    for (const e of entries) {
      if (await tx.store.getKey(e.id)) continue;
      await tx.store.put(e);
      added.push(e);
    }
    const count = await tx.store.count();
    if (count > MAX_ENTRIES) {
      let drop = count - MAX_ENTRIES;
      let cursor = await tx.store.index('foundAt').openCursor();
      while (cursor && drop-- > 0) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
    }
    await tx.done;
    return added;
  }
  /** Entries not dismissed, newest first. */
  async entries(): Promise<NewEntry[]> {
    return (await (await this.open()).getAll('entries'))
      .filter((e) => !e.dismissed)
      .sort((a, b) => b.foundAt.localeCompare(a.foundAt) || a.id.localeCompare(b.id));
  }
  async countUnseen(): Promise<number> {
    return (await this.entries()).filter((e) => !e.seen).length;
  }
  /** Mark entries (all when `ids` is absent) seen or dismissed. */
  async markEntries(change: { seen?: true; dismissed?: true }, ids?: string[]): Promise<number> {
    const db = await this.open();
    const tx = db.transaction('entries', 'readwrite');
    let changed = 0;
    for (const e of ids ? await Promise.all(ids.map((id) => tx.store.get(id))) : await tx.store.getAll()) {
      if (!e || (change.seen && e.seen && !change.dismissed) || (change.dismissed && e.dismissed)) continue;
      await tx.store.put({ ...e, ...change });
      changed++;
    }
    await tx.done;
    return changed;
  }

  /** Empty every store ("Clear everything"). */
  async clear(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['watches', 'entries', 'lists', 'hosts'], 'readwrite');
    await Promise.all([
      ...(['watches', 'entries', 'lists', 'hosts'] as const).map((n) => tx.objectStore(n).clear()),
      tx.done,
    ]);
  }
}
