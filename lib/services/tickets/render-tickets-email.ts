import "server-only";
import { sql } from "@/lib/db/sql";
import type { Order, Ticket, User } from "@/lib/generated/prisma/client";
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
  // Through `pg`: the worker renders one of these per sale, in the same processes as the sales.
  const [order] = await sql<OrderRow>(
    `SELECT o.id, o.reference, o.user_id AS "userId",
            u.email_cipher AS "emailCipher", u.first_name_cipher AS "firstNameCipher", u.last_name_cipher AS "lastNameCipher",
            CASE WHEN st.id IS NULL THEN e.starts_at ELSE st.starts_at END AS "startsAt", CASE WHEN st.id IS NULL THEN e.ends_at ELSE st.ends_at END AS "endsAt",
            a.name AS hall, a.venue AS "hallVenue",
            CASE WHEN st.id IS NULL THEN e.title ELSE se.title END AS title, CASE WHEN st.id IS NULL THEN e.venue ELSE se.venue END AS venue,
            CASE WHEN st.id IS NULL THEN e.duration_minutes ELSE se.duration_minutes END AS "durationMinutes",
            COALESCE((SELECT json_agg(json_build_object('id', t.id, 'code', t.code, 'seatLabel', t.seat_label) ORDER BY t.seat_label)
                        FROM tickets t WHERE t.order_id = o.id), '[]'::json) AS tickets
       FROM orders o
       JOIN users u ON u.id = o.user_id
       LEFT JOIN showtimes st ON st.id = o.showtime_id
       LEFT JOIN auditoriums a ON a.id = st.auditorium_id
       LEFT JOIN events se ON se.id = st.event_id
       -- General-admission orders have no showtime: their event stands in for it.
       LEFT JOIN events e ON e.id = o.event_id
      WHERE o.id = $1::uuid`,
    [orderId],
  );
  if (!order?.userId || !order.title || !order.startsAt || !order.tickets.length) throw new Error(`Order ${orderId} has no tickets to e-mail`);
  const tickets = await Promise.all(order.tickets.map(async (t) => ({ code: t.code, seatLabel: t.seatLabel, qrPng: await renderTicketQrPng(t) })));
  return renderEmail(
    composeTicketsEmail({
      to: openUserPii({ id: order.userId, emailCipher: order.emailCipher, firstNameCipher: order.firstNameCipher, lastNameCipher: order.lastNameCipher }).email,
      orderId: order.id,
      reference: order.reference,
      event: { title: order.title, venue: order.venue, durationMinutes: order.durationMinutes },
      showtime: { startsAt: order.startsAt, endsAt: order.endsAt, hall: order.hall, hallVenue: order.hallVenue },
      tickets,
    }),
  );
}

type OrderRow = Pick<Order, "id" | "reference" | "userId"> &
  Pick<User, "emailCipher" | "firstNameCipher" | "lastNameCipher"> & {
    startsAt: Date | null;
    endsAt: Date | null;
    hall: string | null;
    hallVenue: string | null;
    title: string | null;
    venue: string | null;
    durationMinutes: number | null;
    tickets: Pick<Ticket, "id" | "code" | "seatLabel">[];
  };
