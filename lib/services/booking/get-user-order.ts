import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";

/**
 * One order of the acting user with what the checkout and confirmation
 * pages show; anyone else's order is "not found" (ownership is in the where).
 */
export async function getUserOrder(orderId: string, userId: string) {
  if (!z.uuid().safeParse(orderId).success) throw notFound("Order");
  const order = await db.order.findFirst({
    where: { id: orderId, userId },
    select: {
      id: true,
      reference: true,
      status: true,
      totalMinor: true,
      currency: true,
      expiresAt: true,
      paidAt: true,
      createdAt: true,
      providerCheckoutId: true,
      event: { select: { id: true, title: true, venue: true } },
      showtime: { select: { id: true, startsAt: true, auditorium: { select: { name: true } } } },
      items: {
        select: { id: true, seatLabel: true, description: true, unitPriceMinor: true, category: { select: { name: true, color: true } } },
        orderBy: { seatLabel: "asc" },
      },
      tickets: { select: { id: true, code: true, seatLabel: true, status: true }, orderBy: { seatLabel: "asc" } },
    },
  });
  if (!order) throw notFound("Order");
  const byLabel = (a: { seatLabel: string | null }, b: { seatLabel: string | null }) =>
    (a.seatLabel ?? "").localeCompare(b.seatLabel ?? "", "en", { numeric: true });
  // Pages only need to know a Stripe Checkout was started, not its id.
  const { providerCheckoutId, ...rest } = order;
  return { ...rest, checkoutStarted: providerCheckoutId !== null, items: [...order.items].sort(byLabel), tickets: [...order.tickets].sort(byLabel) };
}

export type UserOrder = Awaited<ReturnType<typeof getUserOrder>>;
