import "server-only";
import { db } from "@/lib/db/client";
import { openUserPii } from "@/lib/services/users/user-pii";
import type { EventActor } from "./find-owned-event";
import { ticketAvailability } from "./ticket-availability";

/**
 * Published general-admission events (films are listed by the schedule
 * endpoints), soonest first, with their organizer's names. The organizer's
 * e-mail is shown only to that organizer and to admins (null otherwise).
 */
export async function listPublishedEvents(viewer: EventActor | null) {
  const events = await db.event.findMany({
    where: { publishedAt: { not: null }, kind: "CONFERENCE" },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      legacyId: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      priceMinor: true,
      currency: true,
      createdAt: true,
      status: true,
      ticketStatus: true,
      capacity: true,
      imagePath: true,
      organizer: { select: { id: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } },
      _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
    },
  });
  return events.map(({ organizer, _count, ...event }) => {
    const pii = organizer ? openUserPii(organizer) : null;
    const seesEmail = Boolean(viewer && organizer && (viewer.role === "ADMIN" || viewer.userId === organizer.id));
    return {
      ...event,
      participantCount: _count.registrations,
      availability: ticketAvailability(event, _count.registrations),
      organizer: pii && { id: organizer!.id, firstName: pii.firstName, lastName: pii.lastName, email: seesEmail ? pii.email : null },
    };
  });
}
