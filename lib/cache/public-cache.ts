import "server-only";
import { env } from "@/lib/env";
import { TtlCache } from "./ttl-cache";

// Public, viewer-independent JSON answers (S1's schedules, event lists) kept
// as serialized bodies for SCHEDULE_CACHE_MS. On globalThis, so every route
// bundle of the process shares one cache and one invalidation.
const globalForCache = globalThis as unknown as { tesseraPublicCache?: TtlCache<string> };

function cache(): TtlCache<string> {
  globalForCache.tesseraPublicCache ??= new TtlCache<string>(() => env().SCHEDULE_CACHE_MS);
  return globalForCache.tesseraPublicCache;
}

/** The JSON body for `key`, computed at most once per SCHEDULE_CACHE_MS. */
export function cachedJson(key: string, compute: () => Promise<unknown>): Promise<string> {
  return cache().get(key, async () => JSON.stringify(await compute()));
}

/** Seats or events changed in this process: the next request recomputes. */
export function invalidatePublicCache() {
  globalForCache.tesseraPublicCache?.clear();
}

export function jsonResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "content-type": "application/json" } });
}
