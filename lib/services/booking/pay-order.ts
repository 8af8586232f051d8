import "server-only";
import { sql } from "@/lib/db/sql";
import type { Order, OrderItem } from "@/lib/generated/prisma/client";
import type { OrderItemKind, SeatState } from "@/lib/generated/prisma/enums";
import { badRequest, conflict, notFound } from "@/lib/http/errors";
import { getPaymentProvider } from "@/lib/services/payments/get-payment-provider";
import type { PaymentRecord } from "@/lib/services/payments/types";
import { parseBookingInput, payOrderSchema, type PayOrderInput } from "@/lib/validation/booking";
import { fulfilOrder, type FulfilmentResult } from "./fulfil-order";
import { assertSeatsSellable, type OrderSeats } from "./assert-seats-sellable";
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
  const order = await readOrder(data.orderId, data.userId);
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

type OrderRow = Pick<Order, "id" | "reference" | "status" | "holdId" | "totalMinor" | "currency">;
type ItemRow = Pick<OrderItem, "seatLabel"> & { kind: OrderItemKind; showtimeSeatId: string | null; state: SeatState | null; holdId: string | null; heldUntil: Date | null; isDisabled: boolean | null };

/** The acting user's order with its seats' availability: two statements through `pg` (on every purchase). */
async function readOrder(orderId: string, userId: string): Promise<(OrderRow & OrderSeats) | null> {
  const [[order], items] = await Promise.all([
    sql<OrderRow>(
      `SELECT id, reference, status::text AS status, hold_id AS "holdId", total_minor AS "totalMinor", currency FROM orders WHERE id = $1::uuid AND user_id = $2::uuid`,
      [orderId, userId],
    ),
    sql<ItemRow>(
      `SELECT i.kind::text AS kind, i.seat_label AS "seatLabel", i.showtime_seat_id AS "showtimeSeatId",
              ss.state::text AS state, ss.hold_id AS "holdId", ss.held_until AS "heldUntil", s.is_disabled AS "isDisabled"
         FROM order_items i JOIN orders o ON o.id = i.order_id
         LEFT JOIN showtime_seats ss ON ss.id = i.showtime_seat_id LEFT JOIN seats s ON s.id = ss.seat_id
        WHERE i.order_id = $1::uuid AND o.user_id = $2::uuid`,
      [orderId, userId],
    ),
  ]);
  if (!order) return null;
  return {
    ...order,
    items: items.map((i) => ({
      kind: i.kind,
      seatLabel: i.seatLabel,
      showtimeSeat: i.showtimeSeatId && i.state ? { state: i.state, holdId: i.holdId, heldUntil: i.heldUntil, seat: { isDisabled: Boolean(i.isDisabled) } } : null,
    })),
  };
}
