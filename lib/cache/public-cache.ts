import "server-only";
import { env } from "@/lib/env";
import { TtlCache } from "./ttl-cache";

// Public, viewer-independent JSON answers (S1's schedules, event lists) kept
// as serialized bodies for SCHEDULE_CACHE_MS. On globalThis, so every route
// bundle of the process shares one cache and one invalidation.
// Kept as UTF-8 bytes, so a hit costs no serialising or encoding at all.
// Under `npm start`'s cluster, scripts/serve.mjs sets `tesseraPublicCacheCleared`
// to tell the other worker processes to clear theirs.
const globalForCache = globalThis as unknown as { tesseraPublicCache?: TtlCache<Uint8Array>; tesseraPublicCacheCleared?: () => void };

function cache(): TtlCache<Uint8Array> {
  globalForCache.tesseraPublicCache ??= new TtlCache<Uint8Array>(() => env().SCHEDULE_CACHE_MS);
  return globalForCache.tesseraPublicCache;
}

/** The JSON body for `key`, computed at most once per SCHEDULE_CACHE_MS. */
export function cachedJson(key: string, compute: () => Promise<unknown>): Promise<Uint8Array> {
  return cache().get(key, async () => Buffer.from(JSON.stringify(await compute()), "utf8"));
}

/** Seats or events changed: the next request recomputes, in this process and (under `npm start`) in the other workers. */
export function invalidatePublicCache() {
  globalForCache.tesseraPublicCache?.clear();
  globalForCache.tesseraPublicCacheCleared?.();
}
