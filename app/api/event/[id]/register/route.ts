import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { cancelRegistration } from "@/lib/services/registrations/cancel-registration";
import { registerForEvent } from "@/lib/services/registrations/register-for-event";


// POST /api/event/:id/register – S4: a place and a ticket at a free event, or (202) a spot on its waiting list
export const POST = withApi(
  async ({ params, actor }) => {
    const outcome = await registerForEvent({ eventId: params.id, userId: actor.userId });
    if (!outcome.ticket) {
      return NextResponse.json(
        {
          success: true,
          waitlisted: true,
          position: outcome.position,
          message: `The event is full: you are on the waiting list (position ${outcome.position}). You will get an e-mail and a ticket if a place opens up.`,
          ticket: null,
        },
        { status: 202 },
      );
    }
    const { event, ticket } = outcome;
    return NextResponse.json({
      success: true,
      waitlisted: false,
      message: "Successfully registered for event!",
      ticket: { ticketId: ticket.id, code: ticket.code, eventName: event.title, eventDate: event.startsAt, venue: event.venue, encryptedTicketData: ticket.token },
    });
  },
  { auth: "required", envelope: "s4" },
);

// DELETE /api/event/:id/register – (addition) gives up a place or waiting-list spot; the next in line moves up
export const DELETE = withApi(
  async ({ params, actor }) => {
    const result = await cancelRegistration({ eventId: params.id, userId: actor.userId });
    const message = result.previousStatus === "WAITLISTED" ? "You have left the waiting list" : "Your registration has been cancelled";
    return NextResponse.json({ success: true, message });
  },
  { auth: "required", envelope: "s4" },
);
