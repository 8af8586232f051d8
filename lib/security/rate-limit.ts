import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";

// Limits live in memory by default, or in Redis (REDIS_URL) so that several
// app servers share them; a Redis outage falls back to memory instead of
// letting everything through or blocking everyone.

type Limiters = { api: RateLimiterAbstract; loginFailures: RateLimiterAbstract; emailSends: RateLimiterAbstract };

// On globalThis, not in module variables: Next's route bundles and the hot
// API bundle (lib/http/hot-api.ts) each load their own copy of this module,
// and one process must count one budget per address.
const shared = globalThis as unknown as { tesseraRateLimits?: { settings: string; value: Limiters }; tesseraRateLimitRedis?: Redis };

function make(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix, points, duration });
  const url = env().REDIS_URL;
  if (!url) return memory;
  // Commands wait briefly for the connection (a new server's first requests
  // must already count in Redis); when Redis is down they fail after one
  // retry and the memory insurance limiter answers instead.
  const redis = (shared.tesseraRateLimitRedis ??= new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 1_000, retryStrategy: (times) => Math.min(times * 200, 2_000) }));
  return new RateLimiterRedis({ storeClient: redis, keyPrefix: `tessera:${keyPrefix}`, points, duration, insuranceLimiter: memory });
}

function get(): Limiters {
  const e = env();
  const settings = `${e.REDIS_URL ?? ""} ${e.RATE_LIMIT_API_PER_MINUTE} ${e.RATE_LIMIT_LOGIN_FAILURES}`;
  if (shared.tesseraRateLimits?.settings !== settings) {
    shared.tesseraRateLimits = {
      settings,
      value: {
        api: make("api", e.RATE_LIMIT_API_PER_MINUTE, 60),
        loginFailures: make("login-fail", e.RATE_LIMIT_LOGIN_FAILURES, 15 * 60),
        // Codes and reset links per address per hour: stops mail bombing.
        emailSends: make("email", 10, 60 * 60),
      },
    };
  }
  return shared.tesseraRateLimits.value;
}

function tooMany(res: RateLimiterRes, message: string): AppError {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new AppError("RATE_LIMITED", message, { headers: { "Retry-After": String(seconds) } });
}

async function consume(limiter: RateLimiterAbstract, key: string, message: string) {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw tooMany(rejection, message);
    throw rejection;
  }
}

/** One API request from `ip`; 429 with Retry-After past the per-minute limit. */
export const limitApiRequest = (ip: string) => consume(get().api, ip, "Too many requests. Please slow down.");

/** Refuses a login attempt from an address that failed too often recently. */
export async function assertLoginAllowed(ip: string) {
  const limiter = get().loginFailures;
  const res = await limiter.get(ip);
  if (res && res.consumedPoints >= limiter.points) throw tooMany(res, "Too many failed sign-in attempts. Try again later.");
}

/** Counts a failed login against the address (successful logins never count). */
export async function recordLoginFailure(ip: string) {
  await get().loginFailures.penalty(ip, 1).catch(() => {});
}

/** One e-mail (code, reset link) to `key`; refuses past the hourly limit. */
export const limitEmailSend = (key: string) => consume(get().emailSends, key, "Too many e-mails requested. Try again later.");
