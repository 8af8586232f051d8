import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { badRequest, notFound } from "@/lib/http/errors";
import { isUniqueViolation } from "@/lib/services/booking/unique-violation";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { lockEvent } from "./lock-event";
import { promoteWaitlisted } from "./promote-waitlisted";

const ATTEMPTS = 4;

/**
 * Gives up a place (or a spot on the waiting list): the registration and its
 * ticket are CANCELLED and, in the same transaction, the first waitlisted
 * users take the freed place and are e-mailed (delivered after the commit).
 */
export async function cancelRegistration({ eventId, userId }: { eventId: string; userId: string }) {
  if (!z.uuid().safeParse(eventId).success) throw notFound("Event");
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.$transaction(async (tx) => {
        const event = await lockEvent(tx, eventId);
        if (!event) throw notFound("Event");
        const registration = await tx.registration.findUnique({
          where: { eventId_userId: { eventId, userId } },
          select: { id: true, status: true, attendedAt: true, checkIn: { select: { id: true } }, ticket: { select: { status: true, orderId: true } } },
        });
        if (!registration || registration.status === "CANCELLED") throw notFound("Registration");
        if (registration.attendedAt || registration.checkIn || registration.ticket?.status === "USED") throw badRequest("You have already attended this event");
        // A bought place is money: it is refunded through its order, never just dropped.
        if (registration.ticket?.orderId) throw badRequest("A bought ticket cannot be cancelled here: ask the organizer for a refund");
        const now = new Date();
        await tx.registration.update({ where: { id: registration.id }, data: { status: "CANCELLED", cancelledAt: now } });
        await tx.ticket.updateMany({ where: { registrationId: registration.id, status: "VALID" }, data: { status: "CANCELLED" } });
        const promotion = registration.status === "REGISTERED" ? await promoteWaitlisted(tx, event, now) : { outboxIds: [], promotedUserIds: [] };
        return { previousStatus: registration.status, ...promotion };
      });
      if (result.outboxIds.length) await deliverOutbox({ ids: result.outboxIds }).catch((error) => console.warn("[registrations] e-mail delivery deferred:", error));
      return { previousStatus: result.previousStatus, promotedUserIds: result.promotedUserIds };
    } catch (error) {
      if (attempt < ATTEMPTS && isUniqueViolation(error, "code")) continue;
      throw error;
    }
  }
}
