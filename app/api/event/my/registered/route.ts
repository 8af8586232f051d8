import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { listUserRegistrations } from "@/lib/services/registrations/list-user-registrations";
import { s4Status } from "@/lib/http/views/s4-event";

// GET /api/event/my/registered – S4: the events I registered for (or wait for), with my tickets
export const GET = withApi(
  async ({ actor }) => {
    const registrations = await listUserRegistrations(actor.userId);
    return NextResponse.json({
      success: true,
      message: "Your registered events retrieved successfully",
      events: registrations.map((r) => ({
        eventId: r.event.id,
        eventName: r.event.title,
        description: r.event.description,
        date: r.event.startsAt,
        venue: r.event.venue,
        Status: s4Status(r.event.status),
        registrationStatus: r.status.toLowerCase(),
        registeredAt: r.registeredAt,
        attended: r.attended,
        ticketId: r.ticket?.id ?? null,
        ticket: r.ticket && {
          ticketId: r.ticket.id,
          code: r.ticket.code,
          status: r.ticket.status.toLowerCase(),
          userName: r.ticket.holder.name,
          userEmail: r.ticket.holder.email,
          eventName: r.event.title,
          qrCode: r.ticket.token,
        },
      })),
    });
  },
  { auth: "required", envelope: "s4" },
);
