import "server-only";
import { db } from "@/lib/db/client";
import { badRequest, conflict, notFound } from "@/lib/http/errors";
import { getPaymentProvider } from "@/lib/services/payments/get-payment-provider";
import type { PaymentRecord } from "@/lib/services/payments/types";
import { parseBookingInput, payOrderSchema, type PayOrderInput } from "@/lib/validation/booking";
import { fulfilOrder, type FulfilmentResult } from "./fulfil-order";
import { assertSeatsSellable, orderSeatsSelect } from "./assert-seats-sellable";
import { seatList } from "./seat-list";

/**
 * Pays the acting user's order and issues its tickets. A free order is
 * fulfilled at once; otherwise the card is charged through the configured
 * provider (the built-in test provider without Stripe keys), the payment
 * recorded, then the order fulfilled. A declined card (402) changes nothing:
 * the order stays PENDING and the seats stay held. Paying a paid order
 * returns its tickets without charging again.
 */
export async function payOrder(input: PayOrderInput): Promise<FulfilmentResult> {
  const data = parseBookingInput(payOrderSchema, input);
  const order = await db.order.findFirst({
    where: { id: data.orderId, userId: data.userId },
    select: {
      id: true,
      reference: true,
      status: true,
      holdId: true,
      totalMinor: true,
      currency: true,
      items: { select: orderSeatsSelect },
    },
  });
  if (!order) throw notFound("Order");
  if (order.status === "PAID") return fulfilOrder(order.id);
  if (order.status !== "PENDING" && order.status !== "EXPIRED") throw conflict(`This order was ${order.status.toLowerCase()}`);

  assertSeatsSellable(order);

  if (order.totalMinor === 0) return fulfilOrder(order.id);
  if (!data.paymentMethod) throw badRequest("A payment method is required");
  const provider = getPaymentProvider();
  const charge = await provider.charge({
    amountMinor: order.totalMinor,
    currency: order.currency,
    paymentMethod: data.paymentMethod,
    description: `Tessera order ${order.reference}`,
    // A retried or double-submitted payment of this order is recognised by the provider: one charge.
    idempotencyKey: `tessera-order-${order.id}`,
    orderId: order.id,
  });
  const payment: PaymentRecord = { provider: provider.name, providerRef: charge.id, amountMinor: order.totalMinor, currency: order.currency };
  // fulfilOrder records the payment before anything else, so money taken is never lost if fulfilment fails.
  const result = await fulfilOrder(order.id, payment);
  if (result.status !== "PAID") {
    if (!result.refusedSeats.length) throw conflict("The last place was taken before your payment completed. Your payment has been refunded.");
    throw conflict(
      `${seatList(result.refusedSeats)} ${result.refusedSeats.length === 1 ? "was" : "were"} sold to someone else before your payment completed. Your payment has been refunded.`,
    );
  }
  return result;
}
