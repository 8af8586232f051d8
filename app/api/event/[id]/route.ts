import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { deleteEvent } from "@/lib/services/events/delete-event";
import { getEventDetail } from "@/lib/services/events/get-event-detail";
import { resolveEventRef } from "@/lib/services/events/resolve-event-ref";
import { updateEventWithImage } from "@/lib/services/events/update-event-with-image";
import { s4UpdateEventSchema } from "@/lib/validation/api-s4-events";
import { readEventInput } from "../_lib/read-event-input";
import { s0Date } from "@/lib/http/views/compat-event";
import { s4EventDetail } from "@/lib/http/views/s4-event";


// GET /api/event/:id – S4 (by UUID) and S0 (by integer id): one event with the viewer's relation to it; S0's id, name, date beside S4's event
export const GET = withApi(
  async ({ params, actor }) => {
    const event = await getEventDetail(actor, await resolveEventRef(params.id));
    return NextResponse.json({ success: true, event: s4EventDetail(event), id: event.legacyId, name: event.title, date: s0Date(event.startsAt) });
  },
  { auth: "required", envelope: "s4" },
);

// PUT /api/event/:id – S4: the organizer (or an admin) changes an event (JSON, or multipart `data` + `img`)
export const PUT = withApi(
  async ({ req, params, actor }) => {
    const { fields, image } = await readEventInput(req);
    await updateEventWithImage(actor, params.id, s4UpdateEventSchema.parse(fields), image);
    return NextResponse.json({ success: true, message: "Event updated successfully", event: s4EventDetail(await getEventDetail(actor, params.id)) });
  },
  { auth: "required", envelope: "s4" },
);

// DELETE /api/event/:id – S4: the organizer (or an admin) deletes an event without sold tickets
export const DELETE = withApi(
  async ({ params, actor }) => {
    await deleteEvent(actor, params.id);
    return NextResponse.json({ success: true, message: "Event deleted successfully" });
  },
  { auth: "required", envelope: "s4" },
);
