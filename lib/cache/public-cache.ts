import "server-only";
import { env } from "@/lib/env";
import { TtlCache } from "./ttl-cache";

// Public, viewer-independent JSON answers (S1's schedules, event lists) kept
// as serialized bodies for SCHEDULE_CACHE_MS. On globalThis, so every route
// bundle of the process shares one cache and one invalidation.
// Kept as UTF-8 bytes, so a hit costs no serialising or encoding at all.
const globalForCache = globalThis as unknown as { tesseraPublicCache?: TtlCache<Uint8Array> };

function cache(): TtlCache<Uint8Array> {
  globalForCache.tesseraPublicCache ??= new TtlCache<Uint8Array>(() => env().SCHEDULE_CACHE_MS);
  return globalForCache.tesseraPublicCache;
}

/** The JSON body for `key`, computed at most once per SCHEDULE_CACHE_MS. */
export function cachedJson(key: string, compute: () => Promise<unknown>): Promise<Uint8Array> {
  return cache().get(key, async () => Buffer.from(JSON.stringify(await compute()), "utf8"));
}

/** Seats or events changed in this process: the next request recomputes. */
export function invalidatePublicCache() {
  globalForCache.tesseraPublicCache?.clear();
}
