import "server-only";
import { createElement } from "react";
import { env } from "@/lib/env";
import { TicketsEmail } from "@/lib/mail/templates/tickets-email";
import type { QueuedEmail } from "@/lib/services/mail/queue-email";
import { ticketCalendarIcs } from "./ticket-calendar";

export type TicketsEmailInput = {
  to: string;
  orderId: string;
  reference: string;
  event: { title: string; venue: string | null; durationMinutes: number | null };
  showtime: { startsAt: Date; endsAt: Date | null; hall: string | null; hallVenue: string | null };
  tickets: { code: string; seatLabel: string | null; qrPng: Buffer }[];
};

/** The tickets e-mail's subject, also written when fulfilment queues it unrendered. */
export const ticketsEmailSubject = (eventTitle: string) => `Your tickets for ${eventTitle}`.slice(0, 300);

/**
 * The e-mail of a paid order: each ticket's QR code as an inline image
 * (attachment with a content id, shown through `cid:`), its code in text,
 * and the show as an .ics calendar attachment.
 */
export function composeTicketsEmail(input: TicketsEmailInput): QueuedEmail {
  const timeZone = env().APP_TIMEZONE;
  const when = `${new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "full", timeStyle: "short" }).format(input.showtime.startsAt)} (${timeZone})`;
  const endsAt = input.showtime.endsAt ?? new Date(input.showtime.startsAt.getTime() + (input.event.durationMinutes ?? 120) * 60_000);
  const location = [input.showtime.hall, input.showtime.hallVenue ?? input.event.venue].filter(Boolean).join(", ");
  const seats = input.tickets.map((t) => t.seatLabel).filter(Boolean);
  const ics = ticketCalendarIcs({
    uid: `order-${input.orderId}@tessera`,
    startsAt: input.showtime.startsAt,
    endsAt,
    summary: input.event.title,
    location,
    description: `Tessera order ${input.reference}${seats.length ? `. Seats: ${seats.join(", ")}` : ""}`,
  });
  const tickets = input.tickets.map((t) => ({ ...t, qrContentId: `qr-${t.code.toLowerCase()}` }));
  return {
    to: input.to,
    subject: ticketsEmailSubject(input.event.title),
    template: "tickets",
    body: createElement(TicketsEmail, {
      eventTitle: input.event.title,
      when,
      hall: location || null,
      reference: input.reference,
      tickets: tickets.map(({ code, seatLabel, qrContentId }) => ({ code, seatLabel, qrContentId })),
    }),
    attachments: [
      ...tickets.map((t) => ({ filename: `ticket-${t.code}.png`, contentType: "image/png", contentBase64: t.qrPng.toString("base64"), contentId: t.qrContentId })),
      { filename: `tessera-${input.reference}.ics`, contentType: "text/calendar", contentBase64: Buffer.from(ics, "utf8").toString("base64") },
    ],
  };
}
