// Extracted PDF text, cached in its own database `scrutineer-documents`, opened only in the
// background (IndexedDB in a content script would belong to the council's origin). One record per
// normalised document URL, holding the validators it was read with (printed size, bytes, ETag,
// Last-Modified): a record answers only while they agree, so a replaced document is read again,
// and a second visit to a page whose link prints the same size costs no request. Bounded by
// record count and stored characters; the least recently used records are evicted first.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PageText } from '../extract/report';

export const DOCUMENTS_DB_NAME = 'scrutineer-documents';
export const DOCUMENTS_DB_VERSION = 1;
export const MAX_RECORDS = 300;
export const MAX_CHARS = 40_000_000;

export interface Validators {
  /** Size printed on the page ("PDF 684 KB"), as printed. */
  sizeLabel?: string | null;
  bytes?: number | null;
  etag?: string | null;
  lastModified?: string | null;
}

export interface CachedDocument extends Validators {
  key: string;
  url: string;
  state: 'done' | 'scanned' | 'password' | 'malformed';
  numPages: number;
  pages: PageText[];
  chars: number;
  usedAt: number;
}

/** What eviction reads: the size and last use of each record, without its text. */
interface SizeRecord {
  key: string;
  chars: number;
  usedAt: number;
}

interface DocumentsDB extends DBSchema {
  documents: { key: string; value: CachedDocument };
  sizes: { key: string; value: SizeRecord; indexes: { 'by-used': number } };
}

/** The cache key of a document URL: origin lower-cased, fragment dropped, path and query as given. */
export function documentKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/**
 * True when a stored record was read from the document `v` describes: every validator given on
 * both sides agrees. A link that prints no size matches on its URL alone (ModernGov document URLs
 * carry a version, `?T=n`), so a second visit still costs no request.
 */
export function validatorsAgree(stored: Validators, v: Validators): boolean {
  const pairs: Array<[unknown, unknown]> = [
    [stored.sizeLabel, v.sizeLabel],
    [stored.bytes, v.bytes],
    [stored.etag, v.etag],
    [stored.lastModified, v.lastModified],
  ];
  return pairs.every(([a, b]) => a == null || b == null || a === b);
}

export class DocumentCache {
  private db: Promise<IDBPDatabase<DocumentsDB>> | null = null;
  constructor(
    private readonly name = DOCUMENTS_DB_NAME,
    private readonly limits = { records: MAX_RECORDS, chars: MAX_CHARS },
  ) {}

  private open(): Promise<IDBPDatabase<DocumentsDB>> {
    this.db ??= openDB<DocumentsDB>(this.name, DOCUMENTS_DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('documents', { keyPath: 'key' });
          db.createObjectStore('sizes', { keyPath: 'key' }).createIndex('by-used', 'usedAt');
        }
      },
    });
    return this.db;
  }

  /** The stored reading of `url` if its validators agree with `v`, else null. */
  async get(url: string, v: Validators, now = Date.now()): Promise<CachedDocument | null> {
    const db = await this.open();
    const record = await db.get('documents', documentKey(url));
    if (!record || !validatorsAgree(record, v)) return null;
    await db.put('sizes', { key: record.key, chars: record.chars, usedAt: now });
    return record;
  }

  async put(record: Omit<CachedDocument, 'key' | 'chars' | 'usedAt'>, now = Date.now()): Promise<void> {
    const db = await this.open();
    const chars = record.pages.reduce((n, p) => n + p.text.length, 0);
    const key = documentKey(record.url);
    const tx = db.transaction(['documents', 'sizes'], 'readwrite');
    await Promise.all([
      tx.objectStore('documents').put({ ...record, key, chars, usedAt: now }),
      tx.objectStore('sizes').put({ key, chars, usedAt: now }),
      tx.done,
    ]);
    await this.evict();
  }

  /** Drop least-recently-used records until both bounds hold. */
  private async evict(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['documents', 'sizes'], 'readwrite');
    const sizes = await tx.objectStore('sizes').index('by-used').getAll();
    let count = sizes.length;
    let chars = sizes.reduce((n, r) => n + r.chars, 0);
    for (const r of sizes) {
      if (count <= this.limits.records && chars <= this.limits.chars) break;
      await Promise.all([tx.objectStore('documents').delete(r.key), tx.objectStore('sizes').delete(r.key)]);
      count--;
      chars -= r.chars;
    }
    await tx.done;
  }

  async clear(): Promise<number> {
    const db = await this.open();
    const n = await db.count('documents');
    await Promise.all([db.clear('documents'), db.clear('sizes')]);
    return n;
  }

  async count(): Promise<number> {
    return (await this.open()).count('documents');
  }
}
