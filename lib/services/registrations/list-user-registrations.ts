import "server-only";
import { db } from "@/lib/db/client";
import { signTicketToken } from "@/lib/services/tickets/ticket-token";
import { openUserPii } from "@/lib/services/users/user-pii";
import { displayName } from "./list-event-participants";

/**
 * A user's live registrations (places and waiting-list spots), newest event
 * first, each with its event and, for a place, its ticket and signed QR token.
 */
export async function listUserRegistrations(userId: string) {
  const [user, registrations] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, username: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } }),
    db.registration.findMany({
      where: { userId, status: { in: ["REGISTERED", "WAITLISTED"] } },
      orderBy: [{ event: { startsAt: "desc" } }, { createdAt: "desc" }],
      select: {
        status: true,
        createdAt: true,
        attendedAt: true,
        checkIn: { select: { id: true } },
        event: { select: { id: true, title: true, description: true, startsAt: true, venue: true, status: true } },
        ticket: { select: { id: true, code: true, status: true, checkIn: { select: { id: true } } } },
      },
    }),
  ]);
  const pii = openUserPii(user);
  const holder = { name: displayName({ username: user.username, ...pii }), email: pii.email };
  return registrations.map((r) => ({
    status: r.status,
    registeredAt: r.createdAt,
    attended: Boolean(r.attendedAt || r.checkIn || r.ticket?.checkIn || r.ticket?.status === "USED"),
    event: r.event,
    ticket: r.ticket && { id: r.ticket.id, code: r.ticket.code, status: r.ticket.status, token: signTicketToken(r.ticket), holder },
  }));
}
