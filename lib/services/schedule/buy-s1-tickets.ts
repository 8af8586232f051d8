import "server-only";
import { randomUUID } from "node:crypto";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db } from "@/lib/db/client";
import { sqlTransaction } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { orderNewHold } from "@/lib/services/booking/checkout";
import { holdSeatsIn } from "@/lib/services/booking/hold-seats";
import { chargeAndFulfil } from "@/lib/services/booking/pay-order";
import { releaseHold } from "@/lib/services/booking/release-hold";
import { isUniqueViolation } from "@/lib/services/booking/unique-violation";
import { holdSeatsSchema, parseBookingInput } from "@/lib/validation/booking";
import type { z } from "zod";
import type { S1Show } from "./check-s1-purchase";
import { toS1Ticket } from "./list-s1-tickets";

/** A purchase checkS1Purchase let through: the buyer, the show, and named seats or `bestAvailable` seats chosen by the server under lock (an addition to S1). */
export type S1Purchase = { userId: string; show: S1Show; seatLabels: string[]; bestAvailable?: number; paymentMethod?: string };

/** S1 sends no card; with the built-in test provider (no Stripe key) Stripe's test Visa pays. */
const defaultPaymentMethod = () => (env().STRIPE_SECRET_KEY ? undefined : "pm_card_visa");

/**
 * S1's `buyTicket` / `buyManyTikets` after checkS1Purchase: holds the seats,
 * orders and pays in one go (one hold, one order: all seats or none). A seat
 * taken since the check is refused by holdSeats under lock (409). If
 * ordering or payment fails, the order is cancelled and the hold released,
 * so the seats are free again; a declined card is 402 "Payment declined".
 */
export async function buyS1Tickets(input: S1Purchase) {
  const { show } = input;
  const seats = input.bestAvailable ? { bestAvailable: input.bestAvailable } : { seatLabels: input.seatLabels };
  const { hold, order } = await holdAndOrder(parseBookingInput(holdSeatsSchema, { showtimeId: show.showtimeId, userId: input.userId, ...seats }));
  try {
    // The order was made a moment ago from a live hold: pay it without reading it back (payOrder's checks are for older orders).
    const result = await chargeAndFulfil(order, input.paymentMethod ?? defaultPaymentMethod());
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
        const order = await orderNewHold(tx, hold, { userId: data.userId, idempotencyKey: `s1-${randomUUID()}` });
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

/** Leaves nothing behind a failed purchase: the pending order cancelled, then the hold's seats freed (lock order: order, hold). */
async function abandon(orderId: string | undefined, holdId: string, userId: string) {
  if (orderId) await db.order.updateMany({ where: { id: orderId, userId, status: "PENDING" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
  await releaseHold(holdId, userId);
}
