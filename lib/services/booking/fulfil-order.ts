import "server-only";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { z } from "zod";
import { db, type DbTx } from "@/lib/db/client";
import { sql } from "@/lib/db/sql";
import type { Event, Order, OrderItem, User } from "@/lib/generated/prisma/client";
import type { OrderItemKind, OrderStatus, PaymentProvider as ProviderName, SeatState, TicketStatus } from "@/lib/generated/prisma/enums";
import { AppError, notFound } from "@/lib/http/errors";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { deliverOutboxSoon } from "@/lib/services/mail/outbox-worker";
import { insertEmailToRender, queueEmail } from "@/lib/services/mail/queue-email";
import { recordPayment } from "@/lib/services/payments/record-payment";
import { refundPayments } from "@/lib/services/payments/refund-payments";
import { sendPendingRefunds } from "@/lib/services/payments/send-pending-refunds";
import type { PaymentRecord } from "@/lib/services/payments/types";
import { ticketsEmailSubject } from "@/lib/services/tickets/compose-tickets-email";
import { generateShortCode } from "@/lib/services/tickets/generate-short-code";
import { openUserPii } from "@/lib/services/users/user-pii";
import { issueGeneralAdmissionTickets } from "./general-admission-places";
import { isSeatSellable } from "./is-seat-sellable";
import { seatList } from "./seat-list";
import { sellSeats, type SeatSale } from "./sell-seats";
import { isUniqueViolation } from "./unique-violation";

export type FulfilledTicket = { id: string; code: string; seatLabel: string | null; status: TicketStatus };

export type FulfilmentResult = {
  orderId: string;
  reference: string;
  status: OrderStatus;
  tickets: FulfilledTicket[];
  /** Seats that were sold to someone else before this order could take them. */
  refusedSeats: string[];
  /** Whether money was sent back by this call. */
  refunded: boolean;
};

type Draft = { id: string; code: string; itemId: string };
type LockedSeat = { id: string; state: SeatState; holdId: string | null; heldUntil: Date | null; isDisabled: boolean };

const ticketSelect = { id: true, code: true, seatLabel: true, status: true } as const;
const TICKET_CODE_ATTEMPTS = 4;
const orderIdSchema = z.uuid();

/**
 * Completes a paid (or free) order: seats SOLD, one ticket per seat, order
 * PAID, one e-mail with the tickets (queued here, rendered with its QR codes
 * and sent by the outbox worker after the response). `payment` is recorded first (once per
 * provider reference). One transaction locks the order, its hold and its
 * seats; each seat must still be held by the order's hold or be free (a
 * payment after the hold expired is honoured while the seats are free). If
 * one was taken, the order is CANCELLED, its payments refunded and the buyer
 * told: a seat is never sold twice. Idempotent: calling again returns the
 * same tickets and sends nothing; a second payment for a paid order is
 * refunded.
 */
export async function fulfilOrder(orderId: string, payment?: PaymentRecord): Promise<FulfilmentResult> {
  if (!orderIdSchema.safeParse(orderId).success) throw notFound("Order");
  // On record first (its own statement, committed), so money taken is never lost if fulfilment fails (again under the order lock below: once per reference).
  if (payment) await recordPayment(sql, orderId, payment);
  for (let attempt = 1; ; attempt++) {
    const context = await loadOrder(orderId);
    if (!context) throw notFound("Order");
    const drafts = context.status === "PENDING" || context.status === "EXPIRED" ? draftTickets(context.items) : [];
    try {
      // The plain sale of seats (every seat still ours, paid) runs on `pg`
      // (sell-seats.ts); everything else (a paid order again, a cancelled one,
      // general admission, a seat lost, not paid) in the Prisma transaction.
      const sold = drafts.length && context.showtime && context.items.every((i) => i.kind === "SEAT") ? await sellSeats(seatSale(context, drafts, payment)) : null;
      const { result, outboxIds } = sold ? { result: sold, outboxIds: [] } : await db.$transaction((tx) => fulfilLocked(tx, context, drafts, payment));
      invalidatePublicCache();
      // The sale is committed. The tickets e-mail is rendered and sent by the
      // outbox worker; the refund notice (rendered already) goes now. A failed
      // send stays in the outbox for the worker to retry.
      if (result.status === "PAID" && drafts.length) deliverOutboxSoon();
      if (outboxIds.length) await deliverOutbox({ ids: outboxIds }).catch((error) => console.warn("[booking] e-mail delivery deferred:", error));
      // Refunds at Stripe are sent now the transaction is over; the payments worker retries what fails.
      if (result.refunded) await sendPendingRefunds({ orderId }).catch((error) => console.warn("[booking] refund deferred:", error instanceof Error ? error.message : error));
      return result;
    } catch (error) {
      // Two random ticket codes clashed: draw new ones and run again. The
      // seats changed between the two transactions: look again.
      if (attempt < TICKET_CODE_ATTEMPTS && (isUniqueViolation(error, "code") || error instanceof SeatsChanged)) continue;
      throw error;
    }
  }
}

type Context = Pick<Order, "id" | "reference" | "status" | "userId" | "holdId" | "eventId" | "totalMinor" | "currency"> & {
  user: Pick<User, "id" | "emailCipher" | "firstNameCipher" | "lastNameCipher"> | null;
  showtime: { id: string; event: Pick<Event, "id" | "title"> } | null;
  /** General-admission orders have no showtime: their event stands in for it. */
  event: Pick<Event, "id" | "title"> | null;
  items: (Pick<OrderItem, "id" | "showtimeSeatId" | "seatLabel"> & { kind: OrderItemKind })[];
};

type ContextRow = Omit<Context, "user" | "showtime" | "event" | "items"> & {
  emailCipher: string | null;
  firstNameCipher: string | null;
  lastNameCipher: string | null;
  showtimeId: string | null;
  showtimeEventId: string | null;
  showtimeEventTitle: string | null;
  eventTitle: string | null;
};

/** The order as fulfilment needs it: one statement through `pg`, on every sale (Prisma took several queries). */
async function loadOrder(orderId: string): Promise<Context | null> {
  const [row] = await sql<ContextRow & { items: Context["items"] }>(
    `SELECT o.id, o.reference, o.status::text AS status, o.user_id AS "userId", o.hold_id AS "holdId", o.event_id AS "eventId",
            o.total_minor AS "totalMinor", o.currency,
            u.email_cipher AS "emailCipher", u.first_name_cipher AS "firstNameCipher", u.last_name_cipher AS "lastNameCipher",
            st.id AS "showtimeId", se.id AS "showtimeEventId", se.title AS "showtimeEventTitle", e.title AS "eventTitle",
            COALESCE((SELECT json_agg(json_build_object('id', i.id, 'kind', i.kind, 'showtimeSeatId', i.showtime_seat_id, 'seatLabel', i.seat_label)
                                      ORDER BY i.seat_label)
                        FROM order_items i WHERE i.order_id = o.id), '[]'::json) AS items
       FROM orders o
       LEFT JOIN users u ON u.id = o.user_id
       LEFT JOIN showtimes st ON st.id = o.showtime_id
       LEFT JOIN events se ON se.id = st.event_id
       LEFT JOIN events e ON e.id = o.event_id
      WHERE o.id = $1::uuid`,
    [orderId],
  );
  if (!row) return null;
  const { emailCipher, firstNameCipher, lastNameCipher, showtimeId, showtimeEventId, showtimeEventTitle, eventTitle, items, ...order } = row;
  return {
    ...order,
    user: order.userId && emailCipher ? { id: order.userId, emailCipher, firstNameCipher, lastNameCipher } : null,
    showtime: showtimeId && showtimeEventId ? { id: showtimeId, event: { id: showtimeEventId, title: showtimeEventTitle ?? "" } } : null,
    event: order.eventId ? { id: order.eventId, title: eventTitle ?? "" } : null,
    items,
  };
}

function seatSale(context: Context, drafts: Draft[], payment?: PaymentRecord): SeatSale {
  const showtime = context.showtime!;
  return {
    orderId: context.id,
    reference: context.reference,
    totalMinor: context.totalMinor,
    userId: context.userId,
    eventId: context.eventId ?? showtime.event.id,
    showtimeId: showtime.id,
    eventTitle: showtime.event.title,
    to: context.user ? openUserPii(context.user).email : null,
    items: context.items,
    tickets: drafts,
    payment,
  };
}

/** One new ticket (id, short code) per order item, drawn before the sale writes them. */
export function draftTickets(items: { id: string }[]): Draft[] {
  return items.map((item) => ({ id: randomUUID(), code: generateShortCode(8), itemId: item.id }));
}

async function fulfilLocked(tx: DbTx, context: Context, drafts: Draft[], payment?: PaymentRecord) {
  const now = new Date();
  const [order] = await tx.$queryRaw<{ id: string; status: OrderStatus; holdId: string | null; paymentIntentId: string | null }[]>`
    SELECT id, status::text AS status, hold_id AS "holdId", provider_payment_intent_id AS "paymentIntentId"
    FROM orders WHERE id = ${context.id}::uuid FOR UPDATE`;
  if (!order) throw notFound("Order");
  const recorded = payment ? await recordPayment(tx, order.id, payment) : null;
  const base = { orderId: order.id, reference: context.reference, refusedSeats: [] as string[], refunded: false };

  if (order.status === "PAID") {
    // The order was paid already: this payment is a second charge (a double submit) and goes back.
    const duplicate = recorded?.status === "SUCCEEDED" && recorded.providerRef !== order.paymentIntentId;
    const refunds = duplicate ? await refundPayments(tx, [recorded], "Duplicate payment for an order already paid") : null;
    const tickets = await tx.ticket.findMany({ where: { orderId: order.id }, select: ticketSelect, orderBy: { seatLabel: "asc" } });
    return { result: { ...base, status: order.status, tickets, refunded: refundedNow(refunds) }, outboxIds: [] };
  }
  if (order.status !== "PENDING" && order.status !== "EXPIRED") {
    // Cancelled or refunded: a payment that still arrives is sent back.
    const late = recorded?.status === "SUCCEEDED";
    const refunds = late ? await refundPayments(tx, [recorded], `Payment for order ${context.reference}, which was ${order.status.toLowerCase()}`) : null;
    return { result: { ...base, status: order.status, tickets: [], refunded: refundedNow(refunds) }, outboxIds: [] };
  }

  const payments = await tx.payment.findMany({
    where: { orderId: order.id, status: "SUCCEEDED" },
    select: { id: true, orderId: true, provider: true, providerRef: true, amountMinor: true },
    orderBy: { createdAt: "asc" },
  });
  const paidMinor = payments.reduce((sum, p) => sum + p.amountMinor, 0);
  if (paidMinor < context.totalMinor) throw new AppError("PAYMENT_REQUIRED", "This order has not been paid");
  if (drafts.length !== context.items.length) throw new Error(`Order ${order.id} changed while it was being fulfilled`);

  if (context.items.some((i) => i.kind === "GENERAL_ADMISSION")) {
    const tickets = await issueGeneralAdmissionTickets(tx, context, drafts, now);
    if (!tickets) return cancelOrder(tx, context, order.holdId, payments, [], now);
    return markPaid(tx, context, order, tickets, recorded ?? payments[0], base, now);
  }

  // Lock order: order, hold, seats (as in holdSeats and releaseHold).
  if (order.holdId) await tx.$queryRaw`SELECT id FROM seat_holds WHERE id = ${order.holdId}::uuid FOR UPDATE`;
  const seatIds = context.items.map((i) => i.showtimeSeatId).filter((id): id is string => Boolean(id));
  const seats = await tx.$queryRaw<LockedSeat[]>`
    SELECT ss.id, ss.state::text AS state, ss.hold_id AS "holdId", ss.held_until AS "heldUntil", s.is_disabled AS "isDisabled"
    FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id
    WHERE ss.id = ANY(${seatIds}::uuid[])
    ORDER BY ss.id
    FOR UPDATE OF ss`;
  const showtime = context.showtime ? await tx.showtime.findUnique({ where: { id: context.showtime.id }, select: { status: true } }) : null;
  const seatById = new Map(seats.map((s) => [s.id, s]));
  const refused =
    showtime?.status === "SCHEDULED"
      ? context.items.filter((i) => !isSeatSellable(i.showtimeSeatId ? seatById.get(i.showtimeSeatId) : null, order.holdId, now))
      : context.items;

  if (refused.length) {
    const refusedSeats = refused.map((i) => i.seatLabel ?? "?");
    return cancelOrder(tx, context, order.holdId, payments, refusedSeats, now);
  }
  // Every seat is still sellable: the sale itself is sellSeats' (on pg), which found otherwise a moment ago.
  throw new SeatsChanged();
}

class SeatsChanged extends Error {
  constructor() {
    super("The order's seats changed between two fulfilment transactions");
  }
}


async function markPaid(
  tx: DbTx,
  context: Context,
  order: { id: string; holdId: string | null },
  tickets: FulfilledTicket[],
  paidWith: { provider: ProviderName; providerRef: string } | undefined,
  base: Omit<FulfilmentResult, "status" | "tickets">,
  now: Date,
) {
  await tx.order.update({
    where: { id: order.id },
    data: {
      status: "PAID",
      paidAt: now,
      provider: paidWith?.provider ?? "NONE",
      providerPaymentIntentId: paidWith?.providerRef ?? null,
    },
  });
  if (order.holdId) await tx.seatHold.updateMany({ where: { id: order.holdId, releasedAt: null }, data: { releasedAt: now } });

  // Queued with the sale, rendered by the outbox worker (deliverOutboxSoon after the commit).
  const title = context.showtime?.event.title ?? context.event?.title;
  if (context.user && title) {
    await insertEmailToRender({ to: openUserPii(context.user).email, subject: ticketsEmailSubject(title), template: "tickets", renderOrderId: order.id }, tx);
  }
  const sorted = [...tickets].sort((a, b) => (a.seatLabel ?? "").localeCompare(b.seatLabel ?? "", "en", { numeric: true }));
  return { result: { ...base, status: "PAID" as const, tickets: sorted }, outboxIds: [] as string[] };
}

const refundedNow = (refunds: { succeeded: number; pending: number } | null) => Boolean(refunds && refunds.succeeded + refunds.pending > 0);

/** A seat was taken (or the show cancelled): cancel, free what the hold still has, refund, tell the buyer. */
async function cancelOrder(
  tx: DbTx,
  context: Context,
  holdId: string | null,
  payments: Parameters<typeof refundPayments>[1],
  refusedSeats: string[],
  now: Date,
) {
  if (holdId) {
    await tx.showtimeSeat.updateMany({ where: { holdId, state: "HELD" }, data: { state: "AVAILABLE", holdId: null, heldUntil: null } });
    await tx.seatHold.updateMany({ where: { id: holdId, releasedAt: null }, data: { releasedAt: now } });
  }
  // A general-admission order names no seat: its place is what was lost.
  const lost = refusedSeats.length ? seatList(refusedSeats) : "The place";
  const reason = `${lost} could not be sold to order ${context.reference}`;
  const refunds = await refundPayments(tx, payments, reason);
  await tx.order.update({
    where: { id: context.id },
    data: { status: "CANCELLED", cancelledAt: now, refundedAt: refunds.succeeded ? now : null },
  });
  const outboxIds: string[] = [];
  if (payments.length && context.user) {
    const amount = new Intl.NumberFormat("en-GB", { style: "currency", currency: context.currency }).format(context.totalMinor / 100);
    const title = context.showtime?.event.title ?? context.event?.title ?? "your event";
    outboxIds.push(
      await queueEmail(
        {
          to: openUserPii(context.user).email,
          subject: `Your order ${context.reference} could not be completed`,
          template: "order-refunded",
          body: createElement(NoticeEmail, {
            heading: "We could not issue your tickets",
            paragraphs: [
              `${lost} for ${title} ${refusedSeats.length > 1 ? "were" : "was"} no longer available when your payment for order ${context.reference} arrived, so no tickets were issued.`,
              refunds.pending
                ? `Your payment of ${amount} is being refunded; it will reach your account in a few days.`
                : `Your payment of ${amount} has been refunded in full.`,
            ],
          }),
        },
        tx,
      ),
    );
  }
  return {
    result: { orderId: context.id, reference: context.reference, status: "CANCELLED" as const, tickets: [], refusedSeats, refunded: payments.length > 0 },
    outboxIds,
  };
}
