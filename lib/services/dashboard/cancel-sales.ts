import "server-only";
import { createElement } from "react";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import type { DbTx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime, formatMoney } from "@/lib/format";
import { EventCancelledEmail } from "@/lib/mail/templates/event-cancelled-email";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { queueEmail } from "@/lib/services/mail/queue-email";
import { refundPayments } from "@/lib/services/payments/refund-payments";
import { sendPendingRefunds } from "@/lib/services/payments/send-pending-refunds";
import { openUserPii } from "@/lib/services/users/user-pii";

export type SalesScope = { eventId: string; showtimeId?: string };

const userSelect = { id: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } as const;
type SealedUser = { id: string; emailCipher: string; firstNameCipher: string | null; lastNameCipher: string | null };
type Holder = { user: SealedUser; tickets: number; refunded: number; pending: number; currency: string; registered: boolean };

/**
 * Undoes every sale of an event (or of one showtime), in the caller's
 * transaction, which must hold the event's lock: paid orders are refunded in
 * full through `refundPayments`, unpaid ones cancelled and their seat holds
 * released, live tickets cancelled (freeing their seats), registrations and
 * the waiting list cancelled. Each person affected gets one e-mail, queued in
 * the same transaction; the caller delivers the returned ids after the commit.
 */
export async function cancelSales(tx: DbTx, scope: SalesScope, event: { title: string; startsAt: Date }, now = new Date()) {
  const orderScope = scope.showtimeId ? { showtimeId: scope.showtimeId } : { eventId: scope.eventId };
  const ticketScope = scope.showtimeId ? { showtimeId: scope.showtimeId } : { eventId: scope.eventId };
  const holders = new Map<string, Holder>();
  const holder = (user: SealedUser, currency: string) => {
    let h = holders.get(user.id);
    if (!h) holders.set(user.id, (h = { user, tickets: 0, refunded: 0, pending: 0, currency, registered: false }));
    return h;
  };

  // Lock the live orders first: a payment being fulfilled right now commits
  // before this reads them, so its order and tickets are cancelled with the rest.
  const scopeSql = scope.showtimeId ? Prisma.sql`showtime_id = ${scope.showtimeId}::uuid` : Prisma.sql`event_id = ${scope.eventId}::uuid`;
  await tx.$queryRaw`SELECT id FROM orders WHERE ${scopeSql} AND status IN ('PAID', 'PENDING') FOR UPDATE`;

  // Paid orders: refund every successful payment, then close the order.
  const paid = await tx.order.findMany({
    where: { ...orderScope, status: "PAID" },
    select: { id: true, currency: true, user: { select: userSelect }, payments: { where: { status: "SUCCEEDED" }, select: { id: true, orderId: true, provider: true, providerRef: true, amountMinor: true } } },
  });
  let refundedOrders = 0;
  for (const order of paid) {
    const refunds = await refundPayments(tx, order.payments, `Cancelled by the organizer: ${event.title}`);
    const amount = order.payments.reduce((sum, p) => sum + p.amountMinor, 0);
    const complete = refunds.pending === 0;
    await tx.order.update({
      where: { id: order.id },
      data: complete ? { status: "REFUNDED", cancelledAt: now, refundedAt: now } : { status: "CANCELLED", cancelledAt: now },
    });
    refundedOrders++;
    if (order.user) {
      const h = holder(order.user, order.currency);
      if (complete) h.refunded += amount;
      else h.pending += amount;
    }
  }

  // Orders still waiting for payment: cancel them and give their held seats back.
  const pending = await tx.order.findMany({ where: { ...orderScope, status: "PENDING" }, select: { id: true, holdId: true } });
  if (pending.length) {
    // Still PENDING only: a payment that lands meanwhile finds its order cancelled and is refunded by fulfilOrder.
    await tx.order.updateMany({ where: { id: { in: pending.map((o) => o.id) }, status: "PENDING" }, data: { status: "CANCELLED", cancelledAt: now } });
  }
  const holdWhere = scope.showtimeId ? { showtimeId: scope.showtimeId } : { showtime: { eventId: scope.eventId } };
  const holds = await tx.seatHold.findMany({ where: { ...holdWhere, releasedAt: null }, select: { id: true } });
  if (holds.length) {
    const holdIds = holds.map((h) => h.id);
    await tx.showtimeSeat.updateMany({ where: { holdId: { in: holdIds }, state: "HELD" }, data: { state: "AVAILABLE", holdId: null, heldUntil: null } });
    await tx.seatHold.updateMany({ where: { id: { in: holdIds } }, data: { releasedAt: now } });
  }

  // Live tickets: cancelled, their seats freed (a seat carries one live ticket at most).
  const tickets = await tx.ticket.findMany({
    where: { ...ticketScope, status: "VALID" },
    select: { id: true, showtimeSeatId: true, user: { select: userSelect }, order: { select: { currency: true } } },
  });
  if (tickets.length) {
    await tx.ticket.updateMany({ where: { id: { in: tickets.map((t) => t.id) }, status: "VALID" }, data: { status: "CANCELLED", showtimeSeatId: null } });
    const seatIds = tickets.flatMap((t) => (t.showtimeSeatId ? [t.showtimeSeatId] : []));
    if (seatIds.length) await tx.showtimeSeat.updateMany({ where: { id: { in: seatIds } }, data: { state: "AVAILABLE" } });
    for (const t of tickets) if (t.user) holder(t.user, t.order?.currency ?? "EUR").tickets++;
  }

  // Registrations and the waiting list belong to the whole event.
  let cancelledRegistrations = 0;
  if (!scope.showtimeId) {
    const registrations = await tx.registration.findMany({
      where: { eventId: scope.eventId, status: { in: ["REGISTERED", "WAITLISTED"] } },
      select: { id: true, user: { select: userSelect } },
    });
    if (registrations.length) {
      await tx.registration.updateMany({ where: { id: { in: registrations.map((r) => r.id) } }, data: { status: "CANCELLED", cancelledAt: now } });
      for (const r of registrations) holder(r.user, "EUR").registered = true;
    }
    cancelledRegistrations = registrations.length;
  }

  const { APP_TIMEZONE, APP_URL } = env();
  const when = `${formatDateTime(event.startsAt, APP_TIMEZONE)} (${APP_TIMEZONE})`;
  const outboxIds: string[] = [];
  for (const h of holders.values()) {
    outboxIds.push(
      await queueEmail(
        {
          to: openUserPii(h.user).email,
          subject: scope.showtimeId ? `Cancelled: ${event.title} on ${formatDateTime(event.startsAt, APP_TIMEZONE)}` : `Cancelled: ${event.title}`,
          template: "event-cancelled",
          body: createElement(EventCancelledEmail, {
            title: event.title,
            when,
            showingOnly: Boolean(scope.showtimeId),
            ticketCount: h.tickets,
            refunded: h.refunded > 0 ? formatMoney(h.refunded, h.currency) : null,
            refundPending: h.pending > 0 ? formatMoney(h.pending, h.currency) : null,
            ticketsUrl: `${APP_URL.replace(/\/$/, "")}/tickets`,
          }),
        },
        tx,
      ),
    );
  }
  return { outboxIds, refundedOrders, cancelledOrders: pending.length, cancelledTickets: tickets.length, cancelledRegistrations, notified: holders.size };
}

/**
 * After the cancellation committed: refunds at an external provider (Stripe)
 * are sent, and the holders' e-mails delivered. Either may fail and is
 * retried by the background workers; the cancellation itself stands.
 */
export async function afterCancellation(result: { outboxIds: string[]; refundedOrders: number }) {
  invalidatePublicCache();
  if (result.refundedOrders) await sendPendingRefunds().catch((error) => console.warn("[dashboard] refunds deferred:", error instanceof Error ? error.message : error));
  if (result.outboxIds.length) await deliverOutbox({ ids: result.outboxIds }).catch((error) => console.warn("[dashboard] e-mail delivery deferred:", error));
}
