import "server-only";
import { db } from "@/lib/db/client";
import { renderEmail, type RenderedEmail } from "@/lib/services/mail/queue-email";
import { openUserPii } from "@/lib/services/users/user-pii";
import { composeTicketsEmail } from "./compose-tickets-email";
import { renderTicketQrPng } from "./ticket-qr";

/**
 * The tickets e-mail of a paid order, drawn from its rows: QR images, HTML,
 * text and the .ics. The outbox worker calls this when it delivers the
 * message fulfilment queued, so a purchase request does none of this CPU
 * work (measured: the QR codes and React Email render were a large part of a
 * sale's time). Throws when the order has no tickets to send; the worker
 * retries and finally keeps the error.
 */
export async function renderTicketsEmail(orderId: string): Promise<RenderedEmail> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      reference: true,
      user: { select: { id: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } },
      showtime: { select: { startsAt: true, endsAt: true, auditorium: { select: { name: true, venue: true } }, event: { select: { title: true, venue: true, durationMinutes: true } } } },
      // General-admission orders have no showtime: their event stands in for it.
      event: { select: { title: true, venue: true, durationMinutes: true, startsAt: true, endsAt: true } },
      tickets: { select: { id: true, code: true, seatLabel: true }, orderBy: { seatLabel: "asc" } },
    },
  });
  const show = order?.showtime ?? (order?.event && { ...order.event, auditorium: null, event: order.event });
  if (!order?.user || !show || !order.tickets.length) throw new Error(`Order ${orderId} has no tickets to e-mail`);
  const tickets = await Promise.all(order.tickets.map(async (t) => ({ code: t.code, seatLabel: t.seatLabel, qrPng: await renderTicketQrPng(t) })));
  return renderEmail(
    composeTicketsEmail({
      to: openUserPii(order.user).email,
      orderId: order.id,
      reference: order.reference,
      event: show.event,
      showtime: { startsAt: show.startsAt, endsAt: show.endsAt, hall: show.auditorium?.name ?? null, hallVenue: show.auditorium?.venue ?? null },
      tickets,
    }),
  );
}
