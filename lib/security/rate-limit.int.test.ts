import Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";

// Runs against the local Redis (CI starts one); the memory store is covered
// by every other suite, which goes through the same functions.
const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function redisUp() {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const available = await redisUp();

describe.runIf(available)("rate limits in Redis", () => {
  afterAll(() => {
    delete process.env.REDIS_URL;
    process.env.RATE_LIMIT_API_PER_MINUTE = "100000";
    resetEnv();
  });

  it("are shared by every app server and answer 429 with Retry-After", async () => {
    process.env.REDIS_URL = url;
    process.env.RATE_LIMIT_API_PER_MINUTE = "3";
    resetEnv();
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    const first = await import("./rate-limit");
    for (let i = 0; i < 3; i++) await first.limitApiRequest(ip);
    // A second "server": a fresh module instance with its own limiter objects
    // (the limiters live on globalThis, shared by a process's module copies).
    const { vi } = await import("vitest");
    vi.resetModules();
    delete (globalThis as { tesseraRateLimits?: unknown }).tesseraRateLimits;
    const second = await import("./rate-limit");
    const error = await second.limitApiRequest(ip).then(() => null, (e) => e);
    expect(error).toMatchObject({ status: 429 });
    expect(Number(error.headers["Retry-After"])).toBeGreaterThan(0);
  });
});

describe.runIf(!available)("rate limits in Redis", () => {
  it.skip("need a Redis at TEST_REDIS_URL", () => {});
});
