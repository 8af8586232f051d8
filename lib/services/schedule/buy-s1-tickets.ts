import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { buySeatsTogether } from "@/lib/services/booking/buy-seats-together";
import { chargeAndFulfil } from "@/lib/services/booking/pay-order";
import { releaseHold } from "@/lib/services/booking/release-hold";
import { getPaymentProvider } from "@/lib/services/payments/get-payment-provider";
import type { S1Show } from "./check-s1-purchase";
import { toS1Ticket } from "./list-s1-tickets";

/**
 * A purchase checkS1Purchase let through: the buyer, the show, and named
 * seats (upper-case, as S1's schema gives them) or `bestAvailable` seats
 * chosen by the server under lock (an addition to S1). Validated once, by
 * the endpoint's schema; the ids come from the database.
 */
export type S1Purchase = { userId: string; show: S1Show; seatLabels: string[]; bestAvailable?: number; paymentMethod?: string };

/** S1 sends no card; with the built-in test provider (no Stripe key) Stripe's test Visa pays. */
const defaultPaymentMethod = () => (env().STRIPE_SECRET_KEY ? undefined : "pm_card_visa");

/**
 * S1's `buyTicket` / `buyManyTikets` after checkS1Purchase: one order for
 * all the seats or none. The seats are bought together with the other
 * purchases of the show asked for at the same moment (buySeatsTogether: one
 * transaction for all of them, so an on-sale rush costs a few round trips,
 * not eight per buyer). A seat taken since the check is refused there under
 * lock (409). When the payment settles in this process (nothing to pay, or
 * the built-in test provider) it is taken in that transaction; a declined
 * card is 402 "Payment declined" and leaves a CANCELLED order. A Stripe
 * charge is a network call: the seats are held and ordered together, then
 * each order is charged and sold on its own (chargeAndFulfil), and a failure
 * cancels the order and frees the seats.
 */
export async function buyS1Tickets(input: S1Purchase) {
  const { show } = input;
  const paymentMethod = input.paymentMethod ?? defaultPaymentMethod();
  const outcome = await buySeatsTogether({
    showtimeId: show.showtimeId,
    userId: input.userId,
    seatLabels: input.bestAvailable ? [] : input.seatLabels,
    bestAvailable: input.bestAvailable,
    paymentMethod,
    provider: getPaymentProvider(),
  }).catch((error: unknown) => {
    throw declinedAnswer(error);
  });
  if ("sold" in outcome) return outcome.sold.tickets.map((t) => toS1Ticket(t, show));

  const { ordered } = outcome;
  try {
    const result = await chargeAndFulfil(ordered, paymentMethod);
    return result.tickets.map((t) => toS1Ticket(t, show));
  } catch (error) {
    await abandon(ordered.id, ordered.holdId, input.userId).catch((cleanup) => console.warn("[s1] could not undo a failed purchase:", cleanup));
    throw declinedAnswer(error);
  }
}

/** S1's answer to a declined card: 402 "Payment declined", the provider's reason under `payment_method`. */
function declinedAnswer(error: unknown) {
  if (error instanceof AppError && error.code === "PAYMENT_REQUIRED") {
    return new AppError("PAYMENT_REQUIRED", "Payment declined", { fieldErrors: { payment_method: [error.message] }, cause: error });
  }
  return error;
}

/** Leaves nothing behind a failed purchase: the pending order cancelled, then the hold's seats freed (lock order: order, hold). */
async function abandon(orderId: string, holdId: string, userId: string) {
  await db.order.updateMany({ where: { id: orderId, userId, status: "PENDING" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
  await releaseHold(holdId, userId);
}
