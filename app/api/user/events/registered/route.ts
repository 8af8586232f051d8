import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { listUserRegistrations } from "@/lib/services/registrations/list-user-registrations";

// GET /api/user/events/registered – S4: my registrations (places and waiting-list spots)
export const GET = withApi(
  async ({ actor }) => {
    const registrations = await listUserRegistrations(actor.userId);
    return NextResponse.json({
      success: true,
      registeredEvents: registrations.map((r) => ({
        eventId: r.event.id,
        eventName: r.event.title,
        date: r.event.startsAt,
        registeredAt: r.registeredAt,
        attended: r.attended,
        ticketId: r.ticket?.id ?? null,
        status: r.status.toLowerCase(),
      })),
    });
  },
  { auth: "required", envelope: "s4" },
);
