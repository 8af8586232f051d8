import "server-only";
import { env } from "@/lib/env";

// The purchase transactions of this process go through a line with a few
// places, a little fewer than the pool's connections (the purchase checks and
// schedule reads need the rest). In an on-sale rush hundreds of requests pass
// their check at the same moment, while every seat still looks free, and most
// of them will lose. In this line, every time a purchase ends, everyone still
// waiting looks again (one shared read: `recheck`), and those whose seats
// have gone are refused at once, instead of each waiting its turn for a
// transaction that fails under lock.

type Waiter = { recheck: () => Promise<void>; enter: () => void; refuse: (error: unknown) => void };

const waiting: Waiter[] = [];
let inside = 0;
let sweeping = false;

const places = () => Math.max(1, env().DATABASE_POOL_MAX - 2);

/**
 * Runs `work` when a place in the line is free, first come first served.
 * A request that had to wait runs `recheck` (which throws to refuse it)
 * whenever a purchase before it ends, and once more when its turn comes.
 */
export async function inPurchaseLine<T>(recheck: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  if (inside < places()) inside++;
  else {
    await new Promise<void>((enter, refuse) => waiting.push({ recheck, enter, refuse }));
    await recheck().catch((error) => {
      leave();
      throw error;
    });
  }
  try {
    return await work();
  } finally {
    leave();
  }
}

/** Gives the place to the next in line (if any), and has the rest look again. */
function leave() {
  const next = waiting.shift();
  if (next) next.enter();
  else inside--;
  void sweep();
}

async function sweep() {
  if (sweeping || !waiting.length) return;
  sweeping = true;
  try {
    const line = [...waiting];
    const outcomes = await Promise.allSettled(line.map((w) => w.recheck()));
    line.forEach((waiter, i) => {
      const outcome = outcomes[i];
      if (outcome.status === "fulfilled") return;
      const at = waiting.indexOf(waiter);
      // Still waiting (not let in meanwhile): refused now.
      if (at !== -1) {
        waiting.splice(at, 1);
        waiter.refuse(outcome.reason);
      }
    });
  } finally {
    sweeping = false;
  }
}
