import "server-only";
import { env } from "@/lib/env";
import { listUserTickets } from "@/lib/services/tickets/list-user-tickets";
import { dateIn, timeIn } from "@/lib/time";

/** S1's `urltoqr`: an absolute URL of the ticket's QR PNG (served by /api/tikets/<id>.png). */
export function s1QrUrl(ticketId: string): string {
  return `${env().APP_URL.replace(/\/$/, "")}/api/tikets/${ticketId}.png`;
}

/** S1's ticket card: date and time of the show in APP_TIMEZONE, the seat label as `number`. */
export function toS1Ticket(ticket: { id: string; code: string; seatLabel: string | null }, show: { title: string; startsAt: Date }) {
  const tz = env().APP_TIMEZONE;
  return {
    date: dateIn(show.startsAt, tz),
    title: show.title,
    time: timeIn(show.startsAt, tz),
    number: ticket.seatLabel,
    id: ticket.id,
    code: ticket.code,
    urltoqr: s1QrUrl(ticket.id),
  };
}

/** S1's `getTikets`: every ticket of the user, the newest show first. */
export async function listS1Tickets(userId: string) {
  const tickets = await listUserTickets(userId);
  return tickets.map((t) => ({ ...toS1Ticket(t, { title: t.eventTitle, startsAt: t.startsAt }), status: t.status.toLowerCase() }));
}
