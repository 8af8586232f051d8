import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { listOrganizerEvents } from "@/lib/services/events/list-organizer-events";
import { s4Status } from "@/lib/http/views/s4-event";

// GET /api/event/my/created – S4: the events I organize, with places taken and check-ins
export const GET = withApi(
  async ({ actor }) => {
    const events = await listOrganizerEvents(actor.userId);
    return NextResponse.json({
      success: true,
      message: "Your created events retrieved successfully",
      events: events.map((e) => ({
        _id: e.id,
        eventName: e.title,
        date: e.startsAt,
        venue: e.venue,
        Status: s4Status(e.status),
        participantCount: e.participantCount,
        attendedCount: e.attendedCount,
        maxParticipants: e.capacity,
        published: e.publishedAt !== null,
      })),
    });
  },
  { auth: "required", envelope: "s4" },
);
