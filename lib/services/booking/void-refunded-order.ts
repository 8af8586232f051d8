import "server-only";
import { createElement } from "react";
import type { DbTx } from "@/lib/db/client";
import { formatMoney } from "@/lib/format";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";
import { queueEmail } from "@/lib/services/mail/queue-email";
import { openUserEmail } from "@/lib/services/users/user-pii";

type LockedOrder = {
  id: string;
  status: string;
  reference: string;
  totalMinor: number;
  currency: string;
  eventTitle: string | null;
  userId: string | null;
  emailCipher: string | null;
};

/**
 * A PAID order whose payments no longer cover it because money went back
 * outside Tessera (a refund made in Stripe's dashboard): the order becomes
 * REFUNDED, its live tickets are CANCELLED, their seats or general-admission
 * places are free again (only paid events sell places, and they have no
 * waiting list), and the buyer is told by e-mail. A partial refund that
 * leaves the order paid changes nothing. In the caller's transaction;
 * returns the outbox ids to deliver after its commit.
 */
export async function voidRefundedOrder(tx: DbTx, orderId: string, now = new Date()): Promise<string[]> {
  // The order locked, with what the buyer's e-mail needs.
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT o.id, o.status::text AS status, o.reference, o.total_minor AS "totalMinor", o.currency,
           e.title AS "eventTitle", o.user_id AS "userId", u.email_cipher AS "emailCipher"
      FROM orders o LEFT JOIN events e ON e.id = o.event_id LEFT JOIN users u ON u.id = o.user_id
     WHERE o.id = ${orderId}::uuid
       FOR UPDATE OF o`;
  if (!order || order.status !== "PAID") return [];
  const paid = await tx.payment.aggregate({ where: { orderId, status: "SUCCEEDED" }, _sum: { amountMinor: true } });
  if ((paid._sum.amountMinor ?? 0) >= order.totalMinor) return [];

  const tickets = await tx.ticket.findMany({ where: { orderId, status: "VALID" }, select: { id: true, showtimeSeatId: true, registrationId: true } });
  const registrationIds = tickets.flatMap((t) => (t.registrationId ? [t.registrationId] : []));
  if (tickets.length) {
    await tx.ticket.updateMany({ where: { id: { in: tickets.map((t) => t.id) }, status: "VALID" }, data: { status: "CANCELLED", showtimeSeatId: null } });
    const seatIds = tickets.flatMap((t) => (t.showtimeSeatId ? [t.showtimeSeatId] : []));
    if (seatIds.length) await tx.showtimeSeat.updateMany({ where: { id: { in: seatIds }, state: "SOLD" }, data: { state: "AVAILABLE" } });
    if (registrationIds.length) await tx.registration.updateMany({ where: { id: { in: registrationIds }, status: "REGISTERED" }, data: { status: "CANCELLED", cancelledAt: now } });
  }
  await tx.order.update({ where: { id: orderId }, data: { status: "REFUNDED", cancelledAt: now, refundedAt: now } });

  const outboxIds: string[] = [];
  if (order.userId && order.emailCipher) {
    const title = order.eventTitle;
    const count = tickets.length;
    outboxIds.push(
      await queueEmail(
        {
          to: openUserEmail(order.userId, order.emailCipher),
          subject: `Your order ${order.reference} was refunded`,
          template: "order-refunded",
          body: createElement(NoticeEmail, {
            heading: "Your order was refunded",
            paragraphs: [
              `Your payment of ${formatMoney(order.totalMinor, order.currency)} for order ${order.reference}${title ? ` (${title})` : ""} was refunded.`,
              count ? `${count === 1 ? "Its ticket is" : `Its ${count} tickets are`} no longer valid and will not be accepted at the door.` : "",
            ].filter(Boolean),
          }),
        },
        tx,
      ),
    );
  }
  return outboxIds;
}
