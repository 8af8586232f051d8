import "server-only";
import type { DbTx } from "@/lib/db/client";
import { lockEvent } from "@/lib/services/registrations/lock-event";
import type { FulfilledTicket } from "./fulfil-order";

/**
 * Places of a general-admission event that are taken: registrations, plus
 * live (PENDING, unexpired) purchase orders, which reserve a place while the
 * buyer pays. Call with the event row locked (`lockEvent`).
 */
export async function countGeneralAdmissionTaken(tx: DbTx, eventId: string, now: Date, exceptOrderId?: string) {
  const [registered, reserved] = await Promise.all([
    tx.registration.count({ where: { eventId, status: "REGISTERED" } }),
    tx.orderItem.count({
      where: {
        kind: "GENERAL_ADMISSION",
        eventId,
        order: { status: "PENDING", expiresAt: { gt: now }, ...(exceptOrderId ? { id: { not: exceptOrderId } } : {}) },
      },
    }),
  ]);
  return registered + reserved;
}

type GeneralAdmissionOrder = { id: string; userId: string | null; eventId: string | null; items: { id: string }[] };
type Draft = { id: string; code: string; itemId: string };

/**
 * Fulfilment of a paid general-admission order, inside the transaction that
 * locked the order: locks the event, checks its place is still there (the
 * order's own reservation counts for it while it is live) and registers the
 * buyer with one ticket linked to the order. Null when the place is gone
 * (sold out, cancelled, or the buyer already has one): the caller cancels
 * and refunds.
 */
export async function issueGeneralAdmissionTickets(tx: DbTx, order: GeneralAdmissionOrder, drafts: Draft[], now: Date): Promise<FulfilledTicket[] | null> {
  if (!order.eventId || !order.userId || drafts.length !== 1) return null;
  const event = await lockEvent(tx, order.eventId);
  if (!event || event.status === "CANCELLED" || event.ticketStatus === "CLOSED") return null;
  const taken = await countGeneralAdmissionTaken(tx, event.id, now, order.id);
  if (event.capacity !== null && taken >= event.capacity) return null;
  const existing = await tx.registration.findUnique({ where: { eventId_userId: { eventId: event.id, userId: order.userId } }, select: { id: true, status: true } });
  if (existing && existing.status !== "CANCELLED") return null;
  const data = { status: "REGISTERED" as const, createdAt: now, cancelledAt: null, attendedAt: null };
  const registration = existing
    ? await tx.registration.update({ where: { id: existing.id }, data, select: { id: true } })
    : await tx.registration.create({ data: { ...data, eventId: event.id, userId: order.userId }, select: { id: true } });
  // A ticket from an earlier, cancelled registration stays cancelled and unlinked.
  await tx.ticket.updateMany({ where: { registrationId: registration.id }, data: { registrationId: null } });
  const [draft] = drafts;
  const ticket = await tx.ticket.create({
    data: { id: draft.id, code: draft.code, eventId: event.id, orderId: order.id, orderItemId: draft.itemId, registrationId: registration.id, userId: order.userId, status: "VALID" },
    select: { id: true, code: true, seatLabel: true, status: true },
  });
  return [ticket];
}
