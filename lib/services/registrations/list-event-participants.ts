import "server-only";
import { db } from "@/lib/db/client";
import { findOwnedEventOrThrow, type EventActor } from "@/lib/services/events/find-owned-event";
import { openUserPii } from "@/lib/services/users/user-pii";

const userSelect = { id: true, username: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } as const;

/** A person's display name: first and last name, or the username for accounts without names. */
export function displayName(user: { username: string; firstName: string | null; lastName: string | null }) {
  return [user.firstName, user.lastName].filter(Boolean).join(" ") || user.username;
}

/**
 * An event's participants (REGISTERED), its waiting list in order, and the
 * attendance records; for the event's organizer or an admin only.
 */
export async function listEventParticipants(actor: EventActor, eventId: string) {
  await findOwnedEventOrThrow(actor, eventId, "Only event organizer can view participants");
  const [event, registrations] = await Promise.all([
    db.event.findUniqueOrThrow({ where: { id: eventId }, select: { id: true, title: true, startsAt: true, capacity: true } }),
    db.registration.findMany({
      where: { eventId, status: { in: ["REGISTERED", "WAITLISTED"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        status: true,
        createdAt: true,
        attendedAt: true,
        user: { select: userSelect },
        checkIn: { select: { createdAt: true, method: true } },
        ticket: { select: { id: true, status: true, checkIn: { select: { createdAt: true, method: true } } } },
      },
    }),
  ]);
  const rows = registrations.map((r) => {
    const pii = openUserPii(r.user);
    const checkIn = r.checkIn ?? r.ticket?.checkIn ?? null;
    return {
      status: r.status,
      userId: r.user.id,
      name: displayName({ username: r.user.username, ...pii }),
      email: pii.email,
      registeredAt: r.createdAt,
      attended: Boolean(r.attendedAt || checkIn || r.ticket?.status === "USED"),
      ticketId: r.ticket?.id ?? null,
      checkIn: checkIn && { at: checkIn.createdAt, method: checkIn.method },
    };
  });
  const participants = rows.filter((r) => r.status === "REGISTERED");
  return { event, participants, waitingList: rows.filter((r) => r.status === "WAITLISTED") };
}
