import { describe, expect, it, vi } from "vitest";
import { TtlCache } from "./ttl-cache";

describe("TtlCache", () => {
  it("computes a key once per ttl, sharing the pending answer between concurrent callers", async () => {
    const cache = new TtlCache<number>(() => 1000);
    const compute = vi.fn(async () => 42);
    const [a, b] = await Promise.all([cache.get("k", compute, 0), cache.get("k", compute, 10)]);
    expect([a, b]).toEqual([42, 42]);
    expect(compute).toHaveBeenCalledTimes(1);
    await cache.get("k", compute, 999);
    expect(compute).toHaveBeenCalledTimes(1);
    await cache.get("k", compute, 1000);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("never keeps a failure, forgets everything on clear, and is off with a ttl of 0", async () => {
    const cache = new TtlCache<number>(() => 1000);
    await expect(cache.get("k", () => Promise.reject(new Error("down")), 0)).rejects.toThrow("down");
    await Promise.resolve();
    expect(await cache.get("k", async () => 1, 1)).toBe(1);
    cache.clear();
    expect(await cache.get("k", async () => 2, 2)).toBe(2);

    let ttl = 0;
    const off = new TtlCache<number>(() => ttl);
    const compute = vi.fn(async () => 3);
    await off.get("k", compute);
    await off.get("k", compute);
    expect(compute).toHaveBeenCalledTimes(2);
    ttl = 1000;
    await off.get("k", compute);
    await off.get("k", compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it("drops the oldest keys beyond its size", async () => {
    const cache = new TtlCache<string>(() => 1000, 2);
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => key, 0);
    const compute = vi.fn(async () => "again");
    expect(await cache.get("a", compute, 1)).toBe("again");
    expect(await cache.get("c", compute, 1)).toBe("c");
  });
});

describe("TtlCache when an answer expires", () => {
  it("serves the expired answer while one refresh runs, then the new one", async () => {
    const cache = new TtlCache<number>(() => 1000);
    await cache.get("k", async () => 1, 0);
    let finish: (value: number) => void = () => {};
    const compute = vi.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    expect(await cache.get("k", compute, 1500)).toBe(1);
    expect(await cache.get("k", compute, 1600)).toBe(1);
    expect(compute).toHaveBeenCalledTimes(1);
    finish(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.get("k", compute, 1700)).toBe(2);
  });

  it("never serves an expired answer after clear(), nor one older than a few ttls", async () => {
    const cache = new TtlCache<number>(() => 1000);
    await cache.get("k", async () => 1, 0);
    cache.clear();
    expect(await cache.get("k", async () => 2, 1500)).toBe(2);
    expect(await cache.get("k", async () => 3, 1500 + 5000)).toBe(3);
  });

  it("keeps the expired answer when the refresh fails, and tries again", async () => {
    const cache = new TtlCache<number>(() => 1000);
    await cache.get("k", async () => 1, 0);
    expect(await cache.get("k", () => Promise.reject(new Error("down")), 1500)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const compute = vi.fn(async () => 4);
    expect(await cache.get("k", compute, 1600)).toBe(1);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
