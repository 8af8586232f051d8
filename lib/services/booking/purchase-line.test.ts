import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { inPurchaseLine } from "./purchase-line";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("inPurchaseLine", () => {
  const places = Math.max(1, env().DATABASE_POOL_MAX - 2);

  it("lets `places` purchases in at once, refuses waiters whose recheck fails as soon as one ends, and lets the rest in first come first served", async () => {
    const gates = Array.from({ length: places }, deferred);
    const log: string[] = [];
    const inside = gates.map((gate, i) =>
      inPurchaseLine(
        async () => void log.push(`recheck ${i}`),
        async () => {
          await gate.promise;
          return `first ${i}`;
        },
      ),
    );
    let sold = false;
    const recheck = (name: string) => async () => {
      log.push(`recheck ${name}`);
      if (name === "loser" && sold) throw new Error("seat gone");
    };
    const waiters = ["early", "loser", "late"].map((name) =>
      inPurchaseLine(recheck(name), async () => {
        log.push(`in ${name}`);
        return name;
      }).catch((error: Error) => `refused ${name}: ${error.message}`),
    );
    await tick();
    expect(log).toEqual([]); // the line is full: nobody waiting looked or went in yet

    sold = true;
    gates[0].resolve();
    expect(await inside[0]).toBe("first 0");
    // "early" took the place; everyone still waiting looked again, and the loser was refused without waiting for a place.
    expect(await waiters[1]).toBe("refused loser: seat gone");
    expect(await waiters[0]).toBe("early");
    expect(log.indexOf("in early")).toBeGreaterThan(log.indexOf("recheck early"));
    expect(log).not.toContain("in late");

    gates[1].resolve();
    expect(await waiters[2]).toBe("late");
    for (const gate of gates) gate.resolve();
    await Promise.all(inside);

    // Every place was given back: a new purchase goes straight in, without a recheck.
    const rechecked: string[] = [];
    expect(await inPurchaseLine(async () => void rechecked.push("x"), async () => "straight in")).toBe("straight in");
    expect(rechecked).toEqual([]);
  });

  it("gives the place back when the work or the last recheck throws", async () => {
    await expect(inPurchaseLine(async () => {}, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    const all = await Promise.all(Array.from({ length: places * 3 }, (_, i) => inPurchaseLine(async () => {}, async () => i)));
    expect(all).toHaveLength(places * 3);
  });
});
