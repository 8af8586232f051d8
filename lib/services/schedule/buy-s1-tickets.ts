import "server-only";
import { randomUUID } from "node:crypto";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db } from "@/lib/db/client";
import { sql, sqlTransaction } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { AppError, conflict } from "@/lib/http/errors";
import { createOrderIn } from "@/lib/services/booking/checkout";
import { holdSeatsIn } from "@/lib/services/booking/hold-seats";
import { payOrder } from "@/lib/services/booking/pay-order";
import { releaseHold } from "@/lib/services/booking/release-hold";
import { seatList } from "@/lib/services/booking/seat-list";
import { isUniqueViolation } from "@/lib/services/booking/unique-violation";
import { holdSeatsSchema, parseBookingInput } from "@/lib/validation/booking";
import type { z } from "zod";
import { findS1Show } from "./find-s1-show";
import { toS1Ticket } from "./list-s1-tickets";

/** Named seats, or `bestAvailable` seats chosen by the server under lock (an addition to S1). */
export type S1Purchase = { userId: string; date: string; title: string; time: string; seatLabels: string[]; bestAvailable?: number; paymentMethod?: string };

/** S1 sends no card; with the built-in test provider (no Stripe key) Stripe's test Visa pays. */
const defaultPaymentMethod = () => (env().STRIPE_SECRET_KEY ? undefined : "pm_card_visa");

/**
 * S1's `buyTicket` / `buyManyTikets`: finds the show by date, title and
 * time, then holds the seats, orders and pays in one go (one hold, one order:
 * all seats or none). S1 uses "Seat not found" for an unknown seat (404) and
 * for one that is taken (409); `errors.number` says which. If ordering or
 * payment fails, the order is cancelled and the hold released, so the seats
 * are free again; a declined card is 402 "Payment declined".
 */
export async function buyS1Tickets(input: S1Purchase) {
  const show = await findS1Show(input);
  const seats = input.bestAvailable ? { bestAvailable: input.bestAvailable } : { seatLabels: input.seatLabels };
  if (input.bestAvailable) await checkFreeSeats(show.showtimeId, input.userId, input.bestAvailable);
  else await checkSeats(show.showtimeId, input.seatLabels);
  const { hold, order } = await holdAndOrder(parseBookingInput(holdSeatsSchema, { showtimeId: show.showtimeId, userId: input.userId, ...seats }));
  try {
    const result = await payOrder({ orderId: order.id, userId: input.userId, paymentMethod: input.paymentMethod ?? defaultPaymentMethod() });
    return result.tickets.map((t) => toS1Ticket(t, show));
  } catch (error) {
    await abandon(order.id, hold.holdId, input.userId).catch((cleanup) => console.warn("[s1] could not undo a failed purchase:", cleanup));
    if (error instanceof AppError && error.code === "PAYMENT_REQUIRED") {
      throw new AppError("PAYMENT_REQUIRED", "Payment declined", { fieldErrors: { payment_method: [error.message] }, cause: error });
    }
    throw error;
  }
}

/**
 * Holds the seats and turns the hold into a PENDING order in one `pg`
 * transaction, through holdSeats' and createOrderFromHold's own steps: one
 * connection and one commit instead of two (S1 always orders at once). A
 * failure leaves neither behind.
 */
async function holdAndOrder(data: z.output<typeof holdSeatsSchema>) {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await sqlTransaction(async (tx) => {
        const hold = await holdSeatsIn(tx, data);
        const order = await createOrderIn(tx, { holdId: hold.holdId, userId: data.userId, idempotencyKey: `s1-${randomUUID()}` });
        return { hold, order };
      });
      invalidatePublicCache();
      return result;
    } catch (error) {
      // Two random order references clashed: run again.
      if (attempt < 5 && isUniqueViolation(error, "reference")) continue;
      throw error;
    }
  }
}

/** The S1 answers for seats that do not exist or are not free (holdSeats decides again under lock). */
async function checkSeats(showtimeId: string, labels: string[]) {
  const now = new Date();
  // Refusals are most of an on-sale rush: one statement through `pg` (lib/db/sql.ts).
  const rows = (
    await sql<{ state: string; held_until: Date | null; label: string; is_disabled: boolean }>(
      `SELECT ss.state::text AS state, ss.held_until, s.label, s.is_disabled
         FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id
        WHERE ss.showtime_id = $1::uuid AND upper(s.label) = ANY($2::text[])`,
      [showtimeId, labels.map((l) => l.toUpperCase())],
    )
  ).map((r) => ({ state: r.state, heldUntil: r.held_until, seat: { label: r.label, isDisabled: r.is_disabled } }));
  const found = new Map(rows.map((r) => [r.seat.label.toUpperCase(), r]));
  const missing = labels.filter((l) => !found.has(l.toUpperCase()));
  if (missing.length) throw new AppError("NOT_FOUND", "Seat not found", { fieldErrors: { number: [`${seatList(missing)} ${missing.length === 1 ? "does" : "do"} not exist in this hall`] } });
  const taken = rows
    .filter((r) => r.seat.isDisabled || !(r.state === "AVAILABLE" || (r.state === "HELD" && r.heldUntil !== null && r.heldUntil <= now)))
    .map((r) => r.seat.label);
  if (taken.length) throw new AppError("CONFLICT", "Seat not found", { fieldErrors: { number: [`${seatList(taken)} ${taken.length === 1 ? "is" : "are"} not available`] } });
}

/**
 * Refuses a best-available request the showtime cannot fill, in one statement
 * and without a transaction: most best-available requests of an on-sale rush
 * come after the hall is nearly sold (measured: 305 of 349 refused). The same
 * count and message as holdSeats, which decides again under lock; the
 * buyer's own live holds count as free, as there.
 */
async function checkFreeSeats(showtimeId: string, userId: string, count: number) {
  const [{ free }] = await sql<{ free: number }>(
    `SELECT count(*)::int AS free
       FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id
      WHERE ss.showtime_id = $1::uuid
        AND ((NOT s.is_disabled AND (ss.state = 'AVAILABLE' OR (ss.state = 'HELD' AND ss.held_until <= now())))
             OR ss.hold_id IN (SELECT id FROM seat_holds WHERE showtime_id = $1::uuid AND user_id = $2::uuid AND released_at IS NULL))`,
    [showtimeId, userId],
  );
  if (free < count) throw conflict(free ? `Only ${free} ${free === 1 ? "seat is" : "seats are"} still available` : "This showtime is sold out");
}

/** Leaves nothing behind a failed purchase: the pending order cancelled, then the hold's seats freed (lock order: order, hold). */
async function abandon(orderId: string | undefined, holdId: string, userId: string) {
  if (orderId) await db.order.updateMany({ where: { id: orderId, userId, status: "PENDING" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
  await releaseHold(holdId, userId);
}
