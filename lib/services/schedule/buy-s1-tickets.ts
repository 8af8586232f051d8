import "server-only";
import { randomUUID } from "node:crypto";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db } from "@/lib/db/client";
import { sqlTransaction, type SqlTx } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { orderNewHold } from "@/lib/services/booking/checkout";
import { draftTickets } from "@/lib/services/booking/fulfil-order";
import { holdSeatsIn, type HeldSeats } from "@/lib/services/booking/hold-seats";
import { chargeAndFulfil, chargeOrder } from "@/lib/services/booking/pay-order";
import { releaseHold } from "@/lib/services/booking/release-hold";
import { inPurchaseLine } from "@/lib/services/booking/purchase-line";
import { sellNewOrderIn } from "@/lib/services/booking/sell-seats";
import { isUniqueViolation } from "@/lib/services/booking/unique-violation";
import { deliverOutboxSoon } from "@/lib/services/mail/outbox-worker";
import { getPaymentProvider } from "@/lib/services/payments/get-payment-provider";
import type { PaymentRecord } from "@/lib/services/payments/types";
import { openUserEmail } from "@/lib/services/users/user-pii";
import { holdSeatsSchema, parseBookingInput } from "@/lib/validation/booking";
import type { z } from "zod";
import { recheckS1Seats, type S1Show } from "./check-s1-purchase";
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
 *
 * When the payment settles in this process (nothing to pay, or the built-in
 * test provider), the hold, order, payment and sale are one transaction:
 * about 8 round trips on one connection instead of 15 on three. A Stripe
 * charge is a network call, so it runs between two transactions instead:
 * the hold and order, then the sale (chargeAndFulfil).
 */
export async function buyS1Tickets(input: S1Purchase) {
  const { show } = input;
  const seats = input.bestAvailable ? { bestAvailable: input.bestAvailable } : { seatLabels: input.seatLabels };
  const data = parseBookingInput(holdSeatsSchema, { showtimeId: show.showtimeId, userId: input.userId, ...seats });
  const paymentMethod = input.paymentMethod ?? defaultPaymentMethod();
  const provider = getPaymentProvider();
  // Others may buy while this request waits in line: it looks again at its seats meanwhile (most of a rush is refused there, without a transaction).
  const recheck = () => recheckS1Seats(show.showtimeId, input.userId, input.seatLabels, input.bestAvailable);
  const { hold, order, sold, declined } = await inPurchaseLine(recheck, () =>
    holdAndOrder(data, async (tx, hold, order) => {
      if (order.totalMinor > 0 && !provider.settlesInProcess) return {};
      try {
        const payment = order.totalMinor > 0 ? await chargeOrder(order, paymentMethod, provider) : undefined;
        return { sold: await sellNewOrderIn(tx, newOrderSale(hold, order, payment)) };
      } catch (error) {
        // Declined: the hold and order are committed, then abandoned below, as after a declined Stripe charge.
        if (error instanceof AppError && error.code === "PAYMENT_REQUIRED") return { declined: error };
        throw error;
      }
    }),
  );
  if (sold) {
    deliverOutboxSoon();
    return sold.tickets.map((t) => toS1Ticket(t, show));
  }
  try {
    if (declined) throw declined;
    // The order was made a moment ago from a live hold: pay it without reading it back (payOrder's checks are for older orders).
    const result = await chargeAndFulfil(order, paymentMethod);
    return result.tickets.map((t) => toS1Ticket(t, show));
  } catch (error) {
    await abandon(order.id, hold.holdId, input.userId).catch((cleanup) => console.warn("[s1] could not undo a failed purchase:", cleanup));
    if (error instanceof AppError && error.code === "PAYMENT_REQUIRED") {
      throw new AppError("PAYMENT_REQUIRED", "Payment declined", { fieldErrors: { payment_method: [error.message] }, cause: error });
    }
    throw error;
  }
}

type NewOrder = Awaited<ReturnType<typeof orderNewHold>>;

/**
 * Holds the seats and turns the hold into a PENDING order in one `pg`
 * transaction, through holdSeats' and createOrderFromHold's own steps, then
 * runs `then` in it (the sale, when it needs no network): one connection and
 * one commit. A failure leaves nothing behind.
 */
async function holdAndOrder<T>(data: z.output<typeof holdSeatsSchema>, then: (tx: SqlTx, hold: HeldSeats, order: NewOrder) => Promise<T>) {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await sqlTransaction(async (tx) => {
        const hold = await holdSeatsIn(tx, data);
        const order = await orderNewHold(tx, hold, { userId: data.userId, idempotencyKey: `s1-${randomUUID()}` });
        return { hold, order, ...(await then(tx, hold, order)) };
      });
      invalidatePublicCache();
      return result;
    } catch (error) {
      // Two random order references or ticket codes clashed: run again.
      if (attempt < 5 && (isUniqueViolation(error, "reference") || isUniqueViolation(error, "code"))) continue;
      throw error;
    }
  }
}

/** The sale of a hold and order made in this transaction, with the tickets drawn now. */
function newOrderSale(hold: HeldSeats, order: NewOrder, payment: PaymentRecord | undefined) {
  const seatIdByLabel = new Map(hold.seats.map((s) => [s.label, s.id]));
  return {
    orderId: order.id,
    reference: order.reference,
    totalMinor: order.totalMinor,
    userId: order.userId,
    holdId: hold.holdId,
    eventId: hold.eventId,
    showtimeId: hold.showtimeId,
    eventTitle: hold.eventTitle,
    to: order.buyerEmailCipher && order.userId ? openUserEmail(order.userId, order.buyerEmailCipher) : null,
    items: order.items.map((i) => ({ id: i.id, seatLabel: i.seatLabel, showtimeSeatId: i.seatLabel ? (seatIdByLabel.get(i.seatLabel) ?? null) : null })),
    tickets: draftTickets(order.items),
    payment,
  };
}

/** Leaves nothing behind a failed purchase: the pending order cancelled, then the hold's seats freed (lock order: order, hold). */
async function abandon(orderId: string | undefined, holdId: string, userId: string) {
  if (orderId) await db.order.updateMany({ where: { id: orderId, userId, status: "PENDING" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
  await releaseHold(holdId, userId);
}
