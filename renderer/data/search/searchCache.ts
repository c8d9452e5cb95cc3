// What successive keystrokes of a search share: while a liaison types "Nancy Flores", every keystroke
// looks up "nancy" again and reads mostly the same top customers and contacts. In IndexedDB each of
// those reads costs more than the ranking itself, so the index lookups and the records read are kept
// here, per database, and dropped as soon as any write touches customers or contacts (Dexie's
// `storagemutated` fires for writes from this tab, other tabs and the sync worker alike).
// A value read while a write landed is not kept: it may be older than the write.
import Dexie from 'dexie';
import type { LiaisonDb } from '../db';

const MAX_LOOKUPS = 64;
const MAX_RECORDS = 4000;
const WATCHED_TABLES = ['customers', 'contacts'];

class LruMap<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
  clear(): void {
    this.map.clear();
  }
}

export class SearchCache {
  /** Bumped by every write to the watched tables; a read started before the bump is not kept. */
  generation = 0;
  private readonly lookups = new LruMap<unknown>(MAX_LOOKUPS);
  private readonly records = new LruMap<object | null>(MAX_RECORDS);

  invalidate(): void {
    this.generation += 1;
    this.lookups.clear();
    this.records.clear();
  }

  /** What this generation already read for `key`, if anything. */
  known<T>(key: string): T | undefined {
    return this.lookups.get(key) as T | undefined;
  }

  /** `read()`'s result for `key`, from the cache when this generation already read it. */
  async lookup<T>(key: string, read: () => Promise<T>): Promise<T> {
    const known = this.lookups.get(key);
    if (known !== undefined) return known as T;
    const generation = this.generation;
    const value = await read();
    if (generation === this.generation) this.lookups.set(key, value);
    return value;
  }

  /** Records by key (undefined: no such record), reading only those not cached. */
  async recordsOf<T extends object>(table: string, keys: readonly string[], read: (missing: number[]) => Promise<(T | undefined)[]>): Promise<(T | undefined)[]> {
    const out: (T | undefined)[] = new Array(keys.length);
    const missing: number[] = [];
    keys.forEach((key, i) => {
      const known = this.records.get(`${table}:${key}`);
      if (known === undefined) missing.push(i);
      else out[i] = (known ?? undefined) as T | undefined;
    });
    if (missing.length === 0) return out;
    const generation = this.generation;
    const read_ = await read(missing);
    const keep = generation === this.generation;
    missing.forEach((index, j) => {
      out[index] = read_[j];
      if (keep) this.records.set(`${table}:${keys[index]}`, read_[j] ?? null);
    });
    return out;
  }
}

const caches = new Map<string, SearchCache>();

function dropChanged(parts: Record<string, unknown>): void {
  for (const [name, cache] of caches) {
    const touched = Object.keys(parts).some((part) => WATCHED_TABLES.some((table) => part.startsWith(`idb://${name}/${table}/`)));
    if (touched) cache.invalidate();
  }
}

let listening = false;

/** The search cache of a database (one per database name, shared by its Dexie instances). */
export function searchCacheOf(db: LiaisonDb): SearchCache {
  if (!listening) {
    Dexie.on('storagemutated', dropChanged);
    listening = true;
  }
  let cache = caches.get(db.name);
  if (!cache) {
    cache = new SearchCache();
    caches.set(db.name, cache);
  }
  return cache;
}
