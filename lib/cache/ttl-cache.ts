type Entry<T> = { at: number; value: Promise<T>; settled: boolean; refreshing: boolean };

/** An expired answer is served while its replacement is computed, for at most this many ttls. */
const STALE_TTLS = 5;

/**
 * A small in-process cache for expensive read-only answers: each key is
 * computed once per `ttlMs` however many requests ask at the same moment
 * (they share the pending promise), a failed computation is never kept, and
 * `clear()` makes the next request compute afresh. When an answer expires,
 * the requests that come while its replacement is computed get the expired
 * one (for a few ttls at most), so readers never queue behind the refresh;
 * after `clear()` nothing old is served. Display only: nothing that decides a
 * sale may read from it.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: () => number,
    private readonly maxEntries = 256,
  ) {}

  get(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const ttl = this.ttlMs();
    if (ttl <= 0) return compute();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < ttl) return hit.value;
    if (hit?.settled && now - hit.at < ttl * STALE_TTLS) {
      if (!hit.refreshing) this.refresh(key, hit, compute, now);
      return hit.value;
    }
    return this.store(key, compute(), now);
  }

  clear() {
    this.entries.clear();
  }

  private store(key: string, value: Promise<T>, now: number): Promise<T> {
    const entry: Entry<T> = { at: now, value, settled: false, refreshing: false };
    this.entries.delete(key); // re-inserted last, so the Map's order is oldest first
    this.entries.set(key, entry);
    value.then(
      () => (entry.settled = true),
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** Computes a replacement for an expired entry; it takes the entry's place only if nothing cleared or replaced it meanwhile. */
  private refresh(key: string, stale: Entry<T>, compute: () => Promise<T>, now: number) {
    stale.refreshing = true;
    const value = compute();
    value.then(
      () => {
        if (this.entries.get(key) === stale) this.store(key, value, now);
      },
      () => (stale.refreshing = false),
    );
  }
}
