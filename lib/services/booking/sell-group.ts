import "server-only";
import { randomUUID } from "node:crypto";
import { sqlTransaction, type SqlTx } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { AppError, badRequest, conflict } from "@/lib/http/errors";
import { emailToRenderValues } from "@/lib/services/mail/queue-email";
import type { PaymentProvider } from "@/lib/services/payments/types";
import { freeSeatSql } from "@/lib/services/schedule/free-seat-condition";
import { ticketsEmailSubject } from "@/lib/services/tickets/compose-tickets-email";
import { generateShortCode } from "@/lib/services/tickets/generate-short-code";
import { openUserEmail } from "@/lib/services/users/user-pii";
import { seatDescription } from "./checkout";
import { draftTickets, type FulfilmentResult } from "./fulfil-order";
import { isFreeFor, seatColumns, seatPrice, showtimeForSale, showtimeForSaleSql, tooFewSeats, type LockedSeat, type ShowtimeForSale, type ShowtimeForSaleRow } from "./hold-seats";
import { chargeOrder } from "./pay-order";
import { pickBestSeats } from "./pick-best-seats";
import { claimedLabels, claimSeats } from "./seat-claims";
import { seatList } from "./seat-list";
import { soldResult } from "./sell-seats";

// One group's transaction for buySeatsTogether (buy-seats-together.ts): the
// group's turn among the groups of its showtime (an advisory lock, so every
// worker's groups of a showtime take turns), one read of the showtime and
// its seats, the seats given out in memory, the payments that settle in
// this process charged, and every hold, order, payment, ticket and tickets
// e-mail written in one statement sent with its COMMIT. Two round trips
// (on a busy server each waits for a turn of the event loop): BEGIN, the
// turn and the read; then the write and COMMIT. The write changes a seat
// only if it is still free; should another kind of transaction (a hold on
// the web, a late Stripe payment) have taken one since the read, it fails
// whole as a serialization failure (expect_row_count) and the caller runs
// the group again.

/** Named seats (upper-case labels), or `bestAvailable` seats chosen here. */
export type SeatPurchase = {
  showtimeId: string;
  userId: string;
  seatLabels: string[];
  bestAvailable?: number;
  /** For a payment taken here (a provider that settles in this process). */
  paymentMethod?: string;
  provider: PaymentProvider;
};

/** The purchase's order, PENDING with its seats held, when its payment is taken outside (a network provider such as Stripe). */
export type OrderedSeats = { id: string; reference: string; totalMinor: number; currency: string; holdId: string };

export type PurchaseOutcome = { sold: FulfilmentResult } | { ordered: OrderedSeats };

/** The first key of the groups' advisory locks (the second is from the showtime's id); two-key locks never meet migrate's one-key lock. */
const GROUP_LOCK = 1_702;

/** The group's turn: the second key is the first 32 bits of the showtime's id. */
const groupTurn = (showtimeId: string) => ({ text: `SELECT pg_advisory_xact_lock($1, $2)`, values: [GROUP_LOCK, Number.parseInt(showtimeId.slice(0, 8), 16) | 0] });

/**
 * The showtime (lockShowtimeForSale's statement), every seat not sold (free,
 * held, disabled) plus the named ones ($3) whatever their state, and the
 * labels of the seats sold.
 */
const groupReadSql = showtimeForSaleSql(`,
            COALESCE((SELECT json_agg(x) FROM (${seatColumns} WHERE ss.showtime_id = st.id AND (ss.state <> 'SOLD' OR upper(s.label) = ANY($3::text[]))) x), '[]'::json) AS seats,
            (SELECT COALESCE(array_agg(upper(s.label)), '{}') FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id WHERE ss.showtime_id = st.id AND ss.state = 'SOLD') AS sold`);

type GroupRead = { seats: (Omit<LockedSeat, "heldUntil"> & { heldUntil: string | null })[]; sold: string[] };

export type Outcome = PurchaseOutcome | { refused: unknown };
/** A purchase given seats (free for its buyer when read). */
type Given = { index: number; purchase: SeatPurchase; seats: LockedSeat[] };

export type GroupSale = { outcomes: Outcome[]; seen?: { sold: string[]; unsold: number } };

/** Sells a group in one transaction: the outcomes in its order, and what it saw of the seats after its sales (the labels sold, how many left unsold). */
export function sellGroup(showtimeId: string, purchases: SeatPurchase[]): Promise<GroupSale> {
  // The read goes with BEGIN and the turn, after the turn came: it sees what the groups before it wrote.
  const read = { text: groupReadSql, values: [showtimeId, purchases.map((p) => p.userId), purchases.flatMap((p) => p.seatLabels)] };
  return sqlTransaction((tx) => sellIn(tx, showtimeId, purchases), { beginWith: [groupTurn(showtimeId), read] });
}

async function sellIn(tx: SqlTx, showtimeId: string, purchases: SeatPurchase[]): Promise<GroupSale> {
  const now = new Date();
  const outcomes: Outcome[] = new Array(purchases.length);
  let showtime: ShowtimeForSale & GroupRead;
  try {
    const [, [row]] = (await tx.begun!) as [unknown[], (ShowtimeForSaleRow & GroupRead)[]];
    showtime = showtimeForSale(row, now);
  } catch (error) {
    if (error instanceof AppError) return { outcomes: purchases.map(() => ({ refused: error })) };
    throw error;
  }
  const seats: LockedSeat[] = showtime.seats.map((s) => ({ ...s, heldUntil: s.heldUntil === null ? null : new Date(s.heldUntil) }));
  const previousOf = (userId: string) => showtime.previousHolds.filter((h) => h.userId === userId).map((h) => h.id);
  const given = giveSeats(showtime, seats, purchases, previousOf, now, outcomes);
  const sold = showtime.sold;
  const unsold = seats.filter((s) => s.state !== "SOLD" && !s.isDisabled).length;
  if (!given.length) return { outcomes, seen: { sold, unsold } };

  // Claimed until this transaction ends: S1's check refuses these seats at once, and other holds of this process pick around them (seat-claims.ts).
  const release = claimSeats(showtimeId, given.flatMap((g) => g.seats.map((s) => s.label)));
  if (tx.onEnd) tx.onEnd(release);
  else release();

  const drafts = await Promise.all(given.map((g) => payFor(g, showtime)));
  const orders = drafts.filter((o) => o.status !== "REFUSED");
  // The earlier holds on this showtime of the buyers who got their seats end
  // now (their seats may have been given back to them above); a refused
  // purchase, a declined card included, keeps its buyer's. Sent with the writes.
  const ended = orders.filter((o) => o.status !== "CANCELLED").flatMap((o) => previousOf(o.purchase.userId));
  const endHolds = ended.length
    ? tx(
        `WITH freed AS (
           UPDATE showtime_seats SET state = 'AVAILABLE', hold_id = NULL, held_until = NULL, updated_at = now() WHERE hold_id = ANY($1::uuid[]) AND state = 'HELD'
         )
         UPDATE seat_holds SET released_at = $2 WHERE id = ANY($1::uuid[])`,
        [ended, now],
      )
    : null;
  await Promise.all([endHolds, orders.length ? writeOrders(tx, showtime, orders, now) : null]);
  for (const order of drafts) outcomes[order.index] = order.outcome;
  const paid = orders.filter((o) => o.status === "PAID").flatMap((o) => o.items.map((i) => i.seat.label.toUpperCase()));
  return { outcomes, seen: { sold: [...sold, ...paid], unsold: unsold - paid.length } };
}

/**
 * Gives out seats in arrival order from one read (`seats`: every seat not
 * sold, and the named ones): a purchase's named seats if they are all free
 * for its buyer and not given to an earlier one, or the best free ones.
 * Refusals go into `outcomes`.
 */
function giveSeats(
  showtime: ShowtimeForSale,
  seats: LockedSeat[],
  purchases: SeatPurchase[],
  previousOf: (userId: string) => string[],
  now: Date,
  outcomes: Outcome[],
): Given[] {
  const byLabel = new Map(seats.map((s) => [s.label.toUpperCase(), s]));
  const grid = { rows: showtime.rowCount, columns: showtime.columnCount };
  // Seats holds on the web in this process are taking now: best available picks around them while it can.
  const othersTaking = new Set(claimedLabels(showtime.id, seats.map((s) => s.label), now.getTime()));
  const taken = new Set<string>();
  const given: Given[] = [];
  purchases.forEach((purchase, index) => {
    const previous = previousOf(purchase.userId);
    const isFree = (s: LockedSeat) => isFreeFor(s, previous, now) && !taken.has(s.id);
    let picked: LockedSeat[] | null;
    if (!purchase.bestAvailable) {
      const missing = purchase.seatLabels.filter((l) => !byLabel.has(l));
      if (missing.length) return void (outcomes[index] = { refused: badRequest(`Seat not found: ${missing.join(", ")}`) });
      picked = purchase.seatLabels.map((l) => byLabel.get(l)!);
      const disabled = picked.filter((s) => s.isDisabled).map((s) => s.label);
      if (disabled.length) return void (outcomes[index] = { refused: conflict(`${seatList(disabled)} ${disabled.length === 1 ? "is" : "are"} not for sale`) });
      const unavailable = picked.filter((s) => !isFree(s)).map((s) => s.label);
      if (unavailable.length) return void (outcomes[index] = { refused: noLongerAvailable(unavailable) });
    } else {
      const free = seats.filter(isFree);
      picked = pickBestSeats(free.filter((s) => !othersTaking.has(s.label)), purchase.bestAvailable, grid) ?? pickBestSeats(free, purchase.bestAvailable, grid);
      if (!picked) return void (outcomes[index] = { refused: tooFewSeats(free.length) });
    }
    for (const s of picked) taken.add(s.id);
    given.push({ index, purchase, seats: picked });
  });
  return given;
}

export const noLongerAvailable = (labels: string[]) => conflict(`${seatList(labels)} ${labels.length === 1 ? "is" : "are"} no longer available`);

type OrderDraft = {
  index: number;
  purchase: SeatPurchase;
  /** One item per seat, by seat-map position. */
  items: { id: string; seat: LockedSeat & { priceMinor: number } }[];
  /** The tickets of a sale (PAID), one per item. */
  tickets: { id: string; code: string; itemId: string }[];
  id: string;
  reference: string;
  holdId: string;
  totalMinor: number;
  /** PAID: paid here or free; PENDING: paid outside; CANCELLED: the card was declined here; REFUSED: the payment could not be tried (nothing is written). */
  status: "PAID" | "PENDING" | "CANCELLED" | "REFUSED";
  payment?: { provider: string; providerRef: string };
  outcome: Outcome;
};

/** The purchase's order, charged now when its provider settles in this process (a test card is a function call, not a network call). */
async function payFor({ index, purchase, seats }: Given, showtime: ShowtimeForSale): Promise<OrderDraft> {
  const items = [...seats]
    .sort((a, b) => a.gridRow - b.gridRow || a.gridColumn - b.gridColumn)
    .map((seat) => ({ id: randomUUID(), seat: { ...seat, priceMinor: seatPrice(showtime, seat.categoryId) } }));
  const order = { id: randomUUID(), reference: generateShortCode(8), holdId: randomUUID(), totalMinor: items.reduce((sum, i) => sum + i.seat.priceMinor, 0), currency: showtime.currency };
  const draft = { index, purchase, items, tickets: [], ...order };
  if (order.totalMinor > 0 && !purchase.provider.settlesInProcess) {
    return { ...draft, status: "PENDING", outcome: { ordered: order } };
  }
  try {
    const payment = order.totalMinor > 0 ? await chargeOrder(order, purchase.paymentMethod, purchase.provider) : undefined;
    const tickets = draftTickets(items);
    const labelOf = new Map<string, string>(items.map((i) => [i.id, i.seat.label]));
    const sold = soldResult(
      { orderId: order.id, reference: order.reference },
      tickets.map((t) => ({ id: t.id, code: t.code, seatLabel: labelOf.get(t.itemId)!, status: "VALID" as const })),
    );
    return { ...draft, tickets, status: "PAID", payment, outcome: { sold } };
  } catch (error) {
    // Declined: the order is kept as CANCELLED (as after a declined Stripe charge), its seats untouched.
    if (error instanceof AppError && error.code === "PAYMENT_REQUIRED") return { ...draft, status: "CANCELLED", outcome: { refused: error } };
    // Anything else (no payment method, an unknown test card) refuses this purchase alone.
    return { ...draft, status: "REFUSED", outcome: { refused: error } };
  }
}

/**
 * Every order of the group in one statement, which ends the transaction (a
 * seat no longer free fails it whole, see expect_row_count): holds (ended at once unless
 * the order waits for its payment), seats SOLD or HELD, orders with their
 * items, payments, tickets and tickets e-mails (rendered later by the
 * outbox worker). A declined order keeps its ended hold and no seat.
 */
async function writeOrders(tx: SqlTx, showtime: ShowtimeForSale, orders: OrderDraft[], now: Date) {
  // The transaction's last statement: sent with its COMMIT.
  const last = tx.commitWith ?? tx;
  const expiresAt = new Date(now.getTime() + env().HOLD_MINUTES * 60_000);
  const seatsOf = (status: OrderDraft["status"]) => orders.filter((o) => o.status === status).flatMap((o) => o.items.map(({ seat }) => ({ order: o, seat })));
  const sold = seatsOf("PAID");
  const held = seatsOf("PENDING");
  const items = orders.flatMap((o) => o.items.map((item) => ({ order: o, ...item })));
  const seatOf = new Map(items.map((i) => [i.id, i.seat]));
  const tickets = orders.flatMap((o) => o.tickets.map((ticket) => ({ order: o, ticket, seat: seatOf.get(ticket.itemId)! })));
  const paid = orders.filter((o) => o.payment);
  const emails = orders
    .filter((o) => o.status === "PAID")
    .map((o) => {
      const cipher = showtime.buyers.find((b) => b.id === o.purchase.userId)?.emailCipher;
      return cipher ? emailToRenderValues(randomUUID(), { to: openUserEmail(o.purchase.userId, cipher), subject: ticketsEmailSubject(showtime.eventTitle), template: "tickets", renderOrderId: o.id }) : null;
    })
    .filter((m) => m !== null);

  await last(
    `WITH holds AS (
       INSERT INTO seat_holds (id, showtime_id, user_id, expires_at, released_at)
       SELECT x.id, $1::uuid, x.user_id, $3, x.released_at FROM unnest($4::uuid[], $5::uuid[], $6::timestamptz[]) AS x(id, user_id, released_at)
     ), changed_seats AS (
       UPDATE showtime_seats ss SET state = x.state::"SeatState", hold_id = x.hold_id, held_until = x.held_until, updated_at = now()
         FROM unnest($7::uuid[], $8::text[], $9::uuid[], $10::timestamptz[]) AS x(id, state, hold_id, held_until), seats s
        WHERE ss.id = x.id AND s.id = ss.seat_id AND ${freeSeatSql("$12")}
       RETURNING ss.id
     ), orders AS (
       INSERT INTO orders (id, reference, user_id, event_id, showtime_id, hold_id, status, total_minor, currency, idempotency_key,
                           expires_at, paid_at, cancelled_at, provider, provider_payment_intent_id, updated_at)
       SELECT x.id, x.reference, x.user_id, $2::uuid, $1::uuid, x.hold_id, x.status::"OrderStatus", x.total, $11, 'group-' || x.id,
              $3, CASE WHEN x.status = 'PAID' THEN $12::timestamptz END, CASE WHEN x.status = 'CANCELLED' THEN $12::timestamptz END,
              COALESCE(x.provider, 'NONE')::"PaymentProvider", x.provider_ref, now()
         FROM unnest($13::uuid[], $14::text[], $15::uuid[], $16::uuid[], $17::text[], $18::int[], $19::text[], $20::text[])
              AS x(id, reference, user_id, hold_id, status, total, provider, provider_ref)
     ), items AS (
       INSERT INTO order_items (id, order_id, kind, event_id, showtime_id, showtime_seat_id, category_id, description, seat_label, unit_price_minor)
       SELECT x.id, x.order_id, 'SEAT'::"OrderItemKind", $2::uuid, $1::uuid, x.seat_id, x.category_id, x.description, x.seat_label, x.price
         FROM unnest($21::uuid[], $22::uuid[], $23::uuid[], $24::uuid[], $25::text[], $26::text[], $27::int[]) AS x(id, order_id, seat_id, category_id, description, seat_label, price)
     ), payments AS (
       INSERT INTO payments (id, order_id, provider, provider_ref, status, amount_minor, currency, updated_at)
       SELECT gen_random_uuid(), x.order_id, x.provider::"PaymentProvider", x.provider_ref, 'SUCCEEDED', x.amount, $11, now()
         FROM unnest($28::uuid[], $29::text[], $30::text[], $31::int[]) AS x(order_id, provider, provider_ref, amount)
     ), mail AS (
       INSERT INTO email_outbox (id, "to", subject, template, html, text, render_order_id)
       SELECT x.id, x.to, x.subject, x.template, '', '', x.order_id FROM unnest($32::uuid[], $33::text[], $34::text[], $35::text[], $36::uuid[]) AS x(id, "to", subject, template, order_id)
     ), issued AS (
       INSERT INTO tickets (id, code, event_id, showtime_id, showtime_seat_id, seat_label, order_id, order_item_id, user_id, status, updated_at)
       SELECT x.id, x.code, $2::uuid, $1::uuid, x.seat_id, x.seat_label, x.order_id, x.item_id, x.user_id, 'VALID'::"TicketStatus", now()
         FROM unnest($37::uuid[], $38::text[], $39::uuid[], $40::text[], $41::uuid[], $42::uuid[], $43::uuid[]) AS x(id, code, seat_id, seat_label, order_id, item_id, user_id)
     )
     -- Every seat still free when written, or nothing at all (40001).
     SELECT expect_row_count($44, (SELECT count(*) FROM changed_seats))`,
    [
      showtime.id,
      showtime.eventId,
      expiresAt,
      orders.map((o) => o.holdId),
      orders.map((o) => o.purchase.userId),
      orders.map((o) => (o.status === "PENDING" ? null : now)),
      [...sold, ...held].map((x) => x.seat.id),
      [...sold.map(() => "SOLD"), ...held.map(() => "HELD")],
      [...sold.map(() => null), ...held.map((x) => x.order.holdId)],
      [...sold.map(() => null), ...held.map(() => expiresAt)],
      showtime.currency,
      now,
      orders.map((o) => o.id),
      orders.map((o) => o.reference),
      orders.map((o) => o.purchase.userId),
      orders.map((o) => o.holdId),
      orders.map((o) => o.status),
      orders.map((o) => o.totalMinor),
      orders.map((o) => o.payment?.provider ?? null),
      orders.map((o) => o.payment?.providerRef ?? null),
      items.map((i) => i.id),
      items.map((i) => i.order.id),
      items.map((i) => i.seat.id),
      items.map((i) => i.seat.categoryId),
      items.map((i) => seatDescription(i.seat)),
      items.map((i) => i.seat.label),
      items.map((i) => i.seat.priceMinor),
      paid.map((o) => o.id),
      paid.map((o) => o.payment!.provider),
      paid.map((o) => o.payment!.providerRef),
      paid.map((o) => o.totalMinor),
      ...[0, 1, 2, 3, 4].map((column) => emails.map((m) => m[column])),
      tickets.map((t) => t.ticket.id),
      tickets.map((t) => t.ticket.code),
      tickets.map((t) => t.seat.id),
      tickets.map((t) => t.seat.label),
      tickets.map((t) => t.order.id),
      tickets.map((t) => t.ticket.itemId),
      tickets.map((t) => t.order.purchase.userId),
      sold.length + held.length,
    ],
  );
}
