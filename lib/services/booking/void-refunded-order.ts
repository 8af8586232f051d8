import "server-only";
import { createElement } from "react";
import type { DbTx } from "@/lib/db/client";
import { formatMoney } from "@/lib/format";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";
import { queueEmail } from "@/lib/services/mail/queue-email";
import { openUserPii } from "@/lib/services/users/user-pii";

type LockedOrder = { id: string; status: string; reference: string; totalMinor: number; currency: string; eventId: string | null; userId: string | null };

/**
 * A PAID order whose payments no longer cover it because money went back
 * outside Tessera (a refund made in Stripe's dashboard): the order becomes
 * REFUNDED, its live tickets are cancelled (the door refuses them), their
 * seats or general-admission places are free again (only paid events sell
 * places, and they have no waiting list), and the buyer is told by e-mail. A partial refund that
 * leaves the order paid changes nothing. In the caller's transaction;
 * returns the outbox ids to deliver after its commit.
 */
export async function voidRefundedOrder(tx: DbTx, orderId: string, now = new Date()): Promise<string[]> {
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, status::text AS status, reference, total_minor AS "totalMinor", currency, event_id AS "eventId", user_id AS "userId"
      FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
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
  const buyer = order.userId ? await tx.user.findUnique({ where: { id: order.userId }, select: { id: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } }) : null;
  if (buyer) {
    const title = order.eventId ? ((await tx.event.findUnique({ where: { id: order.eventId }, select: { title: true } }))?.title ?? null) : null;
    const count = tickets.length;
    outboxIds.push(
      await queueEmail(
        {
          to: openUserPii(buyer).email,
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
