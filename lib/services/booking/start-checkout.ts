import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { conflict, notFound } from "@/lib/http/errors";
import {
  checkoutExpiry,
  createStripeCheckoutSession,
  expireStripeCheckoutSession,
  retrieveStripeCheckoutSession,
} from "@/lib/services/payments/stripe-checkout";
import { openUserPii } from "@/lib/services/users/user-pii";
import { parseBookingInput, startCheckoutSchema, type StartCheckoutInput } from "@/lib/validation/booking";
import { assertSeatsSellable, orderSeatsSelect } from "./assert-seats-sellable";
import { fulfilOrder } from "./fulfil-order";

/** Where the browser goes next: Stripe's hosted page, or back to the order (paid, free, or payment under way). */
export type CheckoutStart = { url: string; hosted: boolean };

/**
 * Starts paying the acting user's order on Stripe Checkout (web, with
 * Stripe configured). Idempotent per order: an open session is reused; a new
 * one is asked for with an idempotency key from the order, its previous
 * session and the expiry, so a double-clicked Pay gets the same session from
 * Stripe; the order keeps exactly one current session (a conditional update
 * decides a race, and the loser's session is closed). The webhook, not this
 * call, fulfils the order.
 */
export async function startCheckout(input: StartCheckoutInput): Promise<CheckoutStart> {
  const data = parseBookingInput(startCheckoutSchema, input);
  const order = await db.order.findFirst({
    where: { id: data.orderId, userId: data.userId },
    select: {
      id: true,
      reference: true,
      status: true,
      holdId: true,
      totalMinor: true,
      currency: true,
      expiresAt: true,
      providerCheckoutId: true,
      event: { select: { title: true } },
      user: { select: { id: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } },
      items: { select: { ...orderSeatsSelect, description: true, unitPriceMinor: true }, orderBy: { seatLabel: "asc" } },
    },
  });
  if (!order) throw notFound("Order");
  const orderUrl = `${env().APP_URL.replace(/\/$/, "")}/orders/${order.id}`;
  const back = { url: `/orders/${order.id}`, hosted: false };
  if (order.status === "PAID") return back;
  if (order.status !== "PENDING" && order.status !== "EXPIRED") throw conflict(`This order was ${order.status.toLowerCase()}`);
  assertSeatsSellable(order);
  if (order.totalMinor === 0) {
    await fulfilOrder(order.id);
    return back;
  }

  const previous = order.providerCheckoutId;
  if (previous) {
    const current = await retrieveStripeCheckoutSession(previous);
    if (current.status === "open" && current.url) return { url: current.url, hosted: true };
    // Paid at Stripe: the webhook is on its way; the order page says so.
    if (current.status === "complete") return { url: `/orders/${order.id}?checkout=complete`, hosted: false };
  }

  const expiresAt = checkoutExpiry(order.expiresAt);
  const session = await createStripeCheckoutSession({
    orderId: order.id,
    reference: order.reference,
    currency: order.currency,
    lines: order.items.map((item) => ({ name: [order.event?.title, item.description].filter(Boolean).join(" · "), unitPriceMinor: item.unitPriceMinor })),
    successUrl: `${orderUrl}?checkout=complete`,
    cancelUrl: `${orderUrl}/pay`,
    expiresAt,
    customerEmail: order.user ? openUserPii(order.user).email : undefined,
    idempotencyKey: `tessera-checkout-${order.id}-${previous ?? "first"}-${expiresAt.getTime() / 1000}`,
  });
  const claimed = await db.order.updateMany({ where: { id: order.id, providerCheckoutId: previous }, data: { providerCheckoutId: session.id } });
  if (claimed.count === 1 || session.id === (await currentSessionId(order.id))) return { url: session.url!, hosted: true };

  // Another click stored its own session first: keep that one, close ours.
  await expireStripeCheckoutSession(session.id).catch((error) => console.warn("[booking] could not close a duplicate checkout:", error instanceof Error ? error.message : error));
  const winner = await currentSessionId(order.id);
  const current = winner ? await retrieveStripeCheckoutSession(winner) : null;
  return current?.status === "open" && current.url ? { url: current.url, hosted: true } : back;
}

async function currentSessionId(orderId: string) {
  return (await db.order.findUnique({ where: { id: orderId }, select: { providerCheckoutId: true } }))?.providerCheckoutId ?? null;
}
