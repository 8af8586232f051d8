/**
 * A small in-process cache for expensive read-only answers: each key is
 * computed once per `ttlMs` however many requests ask at the same moment
 * (they share the pending promise), a failed computation is never kept, and
 * `clear()` makes the next request compute afresh. Display only: nothing that
 * decides a sale may read from it.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: () => number,
    private readonly maxEntries = 256,
  ) {}

  get(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const ttl = this.ttlMs();
    if (ttl <= 0) return compute();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < ttl) return hit.value;
    const value = compute();
    this.entries.delete(key); // re-inserted last, so the Map's order is oldest first
    this.entries.set(key, { at: now, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear() {
    this.entries.clear();
  }
}
