import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { createOrganizerEvent } from "@/lib/services/events/create-organizer-event";
import { s4CreateEventSchema } from "@/lib/validation/api-s4-events";
import { readEventInput } from "../_lib/read-event-input";
import { s4Status } from "@/lib/http/views/s4-event";

// POST /api/event/create – S4: an organizer or admin creates an event (multipart `data` + `img`, or JSON)
export const POST = withApi(
  async ({ req, actor }) => {
    const { fields, image } = await readEventInput(req);
    const event = await createOrganizerEvent(actor, s4CreateEventSchema.parse(fields), image);
    return NextResponse.json(
      {
        success: true,
        message: "Event created successfully with encryption!",
        event: { id: event.id, _id: event.id, eventName: event.title, date: event.startsAt, venue: event.venue, Status: s4Status(event.status) },
      },
      { status: 201 },
    );
  },
  { auth: "required", envelope: "s4" },
);
