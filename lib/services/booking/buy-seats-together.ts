import "server-only";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { conflict } from "@/lib/http/errors";
import { deliverOutboxSoon } from "@/lib/services/mail/outbox-worker";
import { tooFewSeats } from "./hold-seats";
import { noLongerAvailable, sellGroup, type PurchaseOutcome, type SeatPurchase } from "./sell-group";
import { isUniqueViolation } from "./unique-violation";

export type { OrderedSeats, PurchaseOutcome, SeatPurchase } from "./sell-group";

// Group commit for an on-sale rush. Purchases of one showtime that arrive
// while a group of that showtime is being sold wait for it, then go together
// in the next group: one transaction for all of them (sell-group.ts), two
// round trips for hundreds of buyers instead of eight each, the refused ones
// refused in memory. A group whose write lost a seat to another kind of
// transaction runs again from a fresh read.

type Waiter = { purchase: SeatPurchase; resolve: (outcome: PurchaseOutcome) => void; reject: (error: unknown) => void };
type Line = { waiting: Waiter[]; busy: boolean };

const MAX_TOGETHER = 500;
const GROUP_RUNS = 5;
const lines = new Map<string, Line>();

/**
 * What the last group of this process saw of a showtime: the labels of all
 * its seats sold (when the group read them, and by the group), and how many
 * seats were left unsold (and not disabled). Sold seats stay sold (but for
 * a refund), so a purchase waiting for the next group that names a sold
 * seat, or wants more seats than remain, is refused at once instead of
 * after another transaction: when a rush sells out, hundreds of waiters are
 * answered in one go, even those naming seats another worker sold. Only as
 * old as SEEN_MS; only ever used to refuse.
 */
const lastSeen = new Map<string, { at: number; sold: Set<string>; unsold: number }>();
const SEEN_MS = 1_000;

/**
 * Buys seats of a showtime, together with the other purchases of that
 * showtime asked for meanwhile in this process (one transaction for all).
 * Resolves with the sale (paid here, or free) or with a PENDING order whose
 * payment the caller takes; rejects with the refusal (409 seats taken, 402
 * declined card, …), which leaves nothing behind but, for a declined card, a
 * CANCELLED order.
 */
export function buySeatsTogether(purchase: SeatPurchase): Promise<PurchaseOutcome> {
  return new Promise((resolve, reject) => {
    let line = lines.get(purchase.showtimeId);
    if (!line) lines.set(purchase.showtimeId, (line = { waiting: [], busy: false }));
    line.waiting.push({ purchase, resolve, reject });
    if (!line.busy) {
      line.busy = true;
      // The end of this turn of the event loop: requests checked together go together.
      setImmediate(() => void drain(purchase.showtimeId, line));
    }
  });
}

async function drain(showtimeId: string, line: Line) {
  for (;;) {
    await arrivals();
    refuseSoldSeats(showtimeId, line.waiting);
    if (!line.waiting.length) break;
    await sellTogether(showtimeId, nextGroup(line.waiting));
  }
  line.busy = false;
  lines.delete(showtimeId);
}

/** Purchases announced so far, and the numbers of those still on their way (in order), until they join a line or give up. */
let announced = 0;
const onTheWay = new Set<number>();
const awaitingArrivals = new Set<{ upTo: number; finish: () => void }>();
const ARRIVAL_WAIT_MS = 250;
const BURST_ARRIVALS = 8;

/**
 * Says a purchase is on its way to a line (its request is being checked);
 * call the function returned when it joins the line (within the same turn
 * of the event loop) or gives up. A line about to start a group first waits
 * for the purchases already on their way then; and while a burst is
 * arriving (BURST_ARRIVALS more announced during that wait), for those too;
 * ARRIVAL_WAIT_MS in all at most. Steady traffic waits one check at most.
 * An on-sale burst goes in one group per worker instead of the first few
 * in a group of their own: a group started while a burst is being parsed
 * waits for the event loop at each round trip, and the other worker's group
 * waits for its turn. A lone purchase has only itself on the way and never
 * waits.
 */
export function purchaseOnItsWay(): () => void {
  const number = ++announced;
  onTheWay.add(number);
  return () => {
    if (!onTheWay.delete(number)) return;
    // A turn later: the purchase whose check just ended joins its line first.
    setImmediate(wakeLines);
  };
}

/** The number of the oldest purchase still on its way (Infinity when none is): a Set iterates in insertion order. */
const oldestOnTheWay = () => onTheWay.values().next().value ?? Infinity;

/** Wakes the lines whose awaited purchases have all arrived (the oldest still on its way came after them). */
function wakeLines() {
  const oldest = oldestOnTheWay();
  for (const awaiting of awaitingArrivals) if (oldest > awaiting.upTo) awaiting.finish();
}

async function arrivals() {
  const until = Date.now() + ARRIVAL_WAIT_MS;
  for (;;) {
    const upTo = announced;
    if (!(await arrivedUpTo(upTo, until - Date.now()))) return;
    if (announced - upTo < BURST_ARRIVALS) return;
  }
}

/** Whether every purchase announced up to `upTo` arrived (or gave up) within `ms`. */
function arrivedUpTo(upTo: number, ms: number): Promise<boolean> {
  if (oldestOnTheWay() > upTo) return Promise.resolve(true);
  if (ms <= 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const end = (arrived: boolean) => {
      clearTimeout(timer);
      awaitingArrivals.delete(awaiting);
      resolve(arrived);
    };
    const awaiting = { upTo, finish: () => end(true) };
    const timer = setTimeout(() => end(false), ms);
    awaitingArrivals.add(awaiting);
  });
}

/** Refuses, and takes out of the line, the purchases the last group's view says cannot succeed (lastSeen). */
function refuseSoldSeats(showtimeId: string, waiting: Waiter[]) {
  const seen = lastSeen.get(showtimeId);
  if (!seen || Date.now() - seen.at > SEEN_MS) return;
  for (let i = waiting.length - 1; i >= 0; i--) {
    const { purchase, reject } = waiting[i];
    const sold = purchase.seatLabels.filter((l) => seen.sold.has(l));
    const refusal = purchase.bestAvailable ? (purchase.bestAvailable > seen.unsold ? tooFewSeats(seen.unsold) : null) : sold.length ? noLongerAvailable(sold) : null;
    if (refusal) {
      waiting.splice(i, 1);
      reject(refusal);
    }
  }
}

/** The next group, in arrival order: one purchase per buyer (a second one of the same buyer goes in the next group, as it would have after the first). */
function nextGroup(waiting: Waiter[]): Waiter[] {
  const buyers = new Set<string>();
  const group: Waiter[] = [];
  for (let i = 0; i < waiting.length && group.length < MAX_TOGETHER; ) {
    const waiter = waiting[i];
    if (buyers.has(waiter.purchase.userId)) i++;
    else {
      buyers.add(waiter.purchase.userId);
      group.push(...waiting.splice(i, 1));
    }
  }
  return group;
}

/** One transaction for the group; every waiter is settled, none throws. */
async function sellTogether(showtimeId: string, group: Waiter[]) {
  for (let run = 1; ; run++) {
    try {
      const { outcomes, seen } = await sellGroup(showtimeId, group.map((w) => w.purchase));
      remember(showtimeId, seen);
      if (outcomes.some((o) => "sold" in o || "ordered" in o)) invalidatePublicCache();
      if (outcomes.some((o) => "sold" in o)) deliverOutboxSoon();
      group.forEach((waiter, i) => {
        const outcome = outcomes[i];
        if ("refused" in outcome) waiter.reject(outcome.refused);
        else waiter.resolve(outcome);
      });
      return;
    } catch (error) {
      // Nothing was written. A seat taken since the read (or a deadlock with a
      // late payment), or two random order references or ticket codes that
      // clashed: the whole group again, from a fresh read.
      const again = isRaceLost(error) || isUniqueViolation(error, "reference") || isUniqueViolation(error, "code");
      if (again && run < GROUP_RUNS) continue;
      const refusal = isRaceLost(error) ? conflict("Those seats were just taken by other buyers. Please try again.") : error;
      for (const waiter of group) waiter.reject(refusal);
      return;
    }
  }
}

/** Keeps what a group saw (lastSeen); it read after the groups before it, so its view replaces theirs. */
function remember(showtimeId: string, seen: { sold: string[]; unsold: number } | undefined) {
  lastSeen.delete(showtimeId);
  if (!seen) return;
  lastSeen.set(showtimeId, { at: Date.now(), sold: new Set(seen.sold), unsold: seen.unsold });
  if (lastSeen.size > 1_000) lastSeen.delete(lastSeen.keys().next().value!);
}

/** serialization_failure (expect_row_count) or deadlock_detected. */
const isRaceLost = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "40001" || code === "40P01";
};

