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
