import "server-only";
import { db } from "@/lib/db/client";
import { AppError, badRequest } from "@/lib/http/errors";
import { isUniqueViolation } from "@/lib/services/booking/unique-violation";
import { findOwnedEventOrThrow, type EventActor } from "@/lib/services/events/find-owned-event";
import { checkInMethodOf } from "@/lib/validation/api-s4-events";

/**
 * Records that a registered participant came (S4 "Mark Attendance"): one
 * CheckIn per registration (and per ticket), the ticket marked USED. The
 * organizer of the event or an admin only.
 */
export async function markAttendance(actor: EventActor, eventId: string, input: { userId: string; verificationMethod?: string }) {
  await findOwnedEventOrThrow(actor, eventId, "Only event organizer can mark attendance");
  const method = checkInMethodOf(input.verificationMethod);
  try {
    return await db.$transaction(async (tx) => {
      const registration = /^[0-9a-f-]{36}$/i.test(input.userId)
        ? await tx.registration.findFirst({
            where: { eventId, userId: input.userId, status: "REGISTERED" },
            select: { id: true, userId: true, attendedAt: true, checkIn: { select: { id: true } }, ticket: { select: { id: true, status: true, checkIn: { select: { id: true } } } } },
          })
        : null;
      if (!registration) throw new AppError("NOT_FOUND", "Participant not registered for event");
      if (registration.attendedAt || registration.checkIn || registration.ticket?.checkIn || registration.ticket?.status === "USED") throw badRequest("Attendance already marked");
      const now = new Date();
      const checkIn = await tx.checkIn.create({
        data: { eventId, registrationId: registration.id, ticketId: registration.ticket?.id ?? null, staffId: actor.userId, method, createdAt: now },
        select: { createdAt: true, method: true },
      });
      await tx.registration.update({ where: { id: registration.id }, data: { attendedAt: now } });
      if (registration.ticket) await tx.ticket.update({ where: { id: registration.ticket.id }, data: { status: "USED", usedAt: now } });
      return { userId: registration.userId, attended: true, checkInTime: checkIn.createdAt, method: checkIn.method };
    });
  } catch (error) {
    // Two organizers marking the same person at once: the second meets the unique check-in.
    if (isUniqueViolation(error, "registration_id") || isUniqueViolation(error, "ticket_id")) throw badRequest("Attendance already marked");
    throw error;
  }
}
