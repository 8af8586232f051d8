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
  return chargeAndFulfil(order, data.paymentMethod);
}

/**
 * payOrder after its checks, for an order that is PENDING with its seats
 * held: charges the card (nothing for a free order), then fulfils.
 */
export async function chargeAndFulfil(order: Pick<Order, "id" | "reference" | "totalMinor" | "currency">, paymentMethod: string | undefined): Promise<FulfilmentResult> {
  if (order.totalMinor === 0) return fulfilOrder(order.id);
  const payment = await chargeOrder(order, paymentMethod);
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

/** Charges an unpaid order's total through `provider` (the configured one by default); a declined card throws 402. */
export async function chargeOrder(
  order: Pick<Order, "id" | "reference" | "totalMinor" | "currency">,
  paymentMethod: string | undefined,
  provider = getPaymentProvider(),
): Promise<PaymentRecord> {
  if (!paymentMethod) throw badRequest("A payment method is required");
  const charge = await provider.charge({
    amountMinor: order.totalMinor,
    currency: order.currency,
    paymentMethod,
    description: `Tessera order ${order.reference}`,
    // A retried or double-submitted payment of this order is recognised by the provider: one charge.
    idempotencyKey: `tessera-order-${order.id}`,
    orderId: order.id,
  });
  return { provider: provider.name, providerRef: charge.id, amountMinor: order.totalMinor, currency: order.currency };
}

type OrderRow = Pick<Order, "id" | "reference" | "status" | "holdId" | "totalMinor" | "currency">;
type ItemRow = Pick<OrderItem, "seatLabel"> & { kind: OrderItemKind; showtimeSeatId: string | null; state: SeatState | null; holdId: string | null; heldUntil: string | null; isDisabled: boolean | null };

/** The acting user's order with its seats' availability: one statement through `pg` (on every purchase). */
async function readOrder(orderId: string, userId: string): Promise<(OrderRow & OrderSeats) | null> {
  const [order] = await sql<OrderRow & { items: ItemRow[] }>(
    `SELECT o.id, o.reference, o.status::text AS status, o.hold_id AS "holdId", o.total_minor AS "totalMinor", o.currency,
            COALESCE((SELECT json_agg(json_build_object('kind', i.kind, 'seatLabel', i.seat_label, 'showtimeSeatId', i.showtime_seat_id,
                                                        'state', ss.state, 'holdId', ss.hold_id, 'heldUntil', ss.held_until, 'isDisabled', s.is_disabled))
                        FROM order_items i LEFT JOIN showtime_seats ss ON ss.id = i.showtime_seat_id LEFT JOIN seats s ON s.id = ss.seat_id
                       WHERE i.order_id = o.id), '[]'::json) AS items
       FROM orders o WHERE o.id = $1::uuid AND o.user_id = $2::uuid`,
    [orderId, userId],
  );
  if (!order) return null;
  return {
    ...order,
    items: order.items.map((i) => ({
      kind: i.kind,
      seatLabel: i.seatLabel,
      // JSON carries the time as text.
      showtimeSeat: i.showtimeSeatId && i.state ? { state: i.state, holdId: i.holdId, heldUntil: i.heldUntil ? new Date(i.heldUntil) : null, seat: { isDisabled: Boolean(i.isDisabled) } } : null,
    })),
  };
}
