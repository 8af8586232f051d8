import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { takeEventPlace } from "@/lib/services/booking/take-event-place";
import { resolveEventRef } from "@/lib/services/events/resolve-event-ref";
import { listUserTickets } from "@/lib/services/tickets/list-user-tickets";
import { s2CreateTicketSchema } from "@/lib/validation/api-events-s0-s2-s3";
import { s2TicketJson } from "./_lib/s2-ticket";

// GET /api/tickets – S2 "all tickets": the caller's own tickets (everyone's would expose other people's)
export const GET = withApi(
  async ({ actor }) => {
    const tickets = await listUserTickets(actor.userId);
    return NextResponse.json(tickets.map((t) => s2TicketJson({ ...t, event: { id: t.eventId, title: t.eventTitle, startsAt: t.startsAt } })));
  },
  { auth: "required" },
);

// POST /api/tickets – S2: a ticket for `eventId` (201): free at once or (202) waiting list; paid with a card `token`, or (402) reserved until POST /payment
export const POST = withApi(
  async ({ req, actor }) => {
    const input = s2CreateTicketSchema.parse(await readInput(req));
    const place = await takeEventPlace({ eventId: await resolveEventRef(input.eventRef), userId: actor.userId, paymentMethod: input.paymentMethod });
    if (place.status === "PAYMENT_REQUIRED") {
      const { orderId, amountMinor, currency, expiresAt } = place.payment;
      const message = "Payment required: your place is reserved; pay it with POST /payment {amount, token}";
      return NextResponse.json({ message, order_id: orderId, amount: amountMinor, currency, expires_at: expiresAt, event: { _id: place.event.id, name: place.event.title } }, { status: 402 });
    }
    if (!place.ticket) {
      const message = `The event is full: you are on the waiting list (position ${place.position}). You will get an e-mail and a ticket if a place opens up.`;
      return NextResponse.json({ message, waitlisted: true, position: place.position, event: { _id: place.event.id, name: place.event.title } }, { status: 202 });
    }
    const payment = place.payment && { order_id: place.payment.orderId, reference: place.payment.reference, amount: place.payment.amountMinor, currency: place.payment.currency };
    return NextResponse.json({ ...s2TicketJson({ ...place.ticket, event: place.event, orderId: place.payment?.orderId }), waitlisted: false, payment }, { status: 201 });
  },
  { auth: "required" },
);
