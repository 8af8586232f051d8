import "server-only";
import { db } from "@/lib/db/client";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { queueEmail } from "@/lib/services/mail/queue-email";
import { composeTicketsEmail } from "@/lib/services/tickets/compose-tickets-email";
import { renderTicketQrPng } from "@/lib/services/tickets/ticket-qr";
import { openUserPii } from "@/lib/services/users/user-pii";

/**
 * E-mails the ticket of a place just taken at a free event: the same tickets
 * e-mail a purchase sends (QR code inline, .ics attached), queued in the
 * outbox and delivered at once. Runs after the registration committed, so
 * the QR is drawn and the e-mail rendered without holding the event lock;
 * the ticket is on My tickets whatever happens to the e-mail.
 */
export async function emailRegistrationTicket(ticketId: string) {
  const ticket = await db.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: {
      id: true,
      code: true,
      registrationId: true,
      user: { select: { id: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } },
      event: { select: { title: true, venue: true, startsAt: true, endsAt: true, durationMinutes: true } },
    },
  });
  if (!ticket.user) return;
  const outboxId = await queueEmail(
    composeTicketsEmail({
      to: openUserPii(ticket.user).email,
      orderId: ticket.registrationId ?? ticket.id,
      reference: ticket.code,
      event: ticket.event,
      showtime: { startsAt: ticket.event.startsAt, endsAt: ticket.event.endsAt, hall: null, hallVenue: null },
      tickets: [{ code: ticket.code, seatLabel: null, qrPng: await renderTicketQrPng(ticket) }],
    }),
  );
  await deliverOutbox({ ids: [outboxId] });
}
