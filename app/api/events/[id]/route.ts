import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { deleteEvent } from "@/lib/services/events/delete-event";
import { getEventDetail } from "@/lib/services/events/get-event-detail";
import { resolveEventRef } from "@/lib/services/events/resolve-event-ref";
import { updateEvent } from "@/lib/services/events/update-event";
import { s3UpdateEventSchema } from "@/lib/validation/api-events-s0-s2-s3";
import { s3EventJson } from "@/lib/http/views/compat-event";

// GET /api/events/{id} – S3: one event (published, or a draft of the caller's; by UUID or S0's integer id)
export const GET = withApi(
  async ({ params, actor }) => NextResponse.json(s3EventJson(await getEventDetail(actor, await resolveEventRef(params.id)))),
  { auth: "required" },
);

// PATCH /api/events/{id} – S3: the organizer (or an admin) changes title, description, times, location or capacity
export const PATCH = withApi(
  async ({ req, params, actor }) => {
    const eventId = await resolveEventRef(params.id);
    await updateEvent(actor, eventId, s3UpdateEventSchema.parse(await readInput(req)));
    const event = await getEventDetail(actor, eventId);
    return NextResponse.json({ ...s3EventJson(event), updated_at: event.updatedAt });
  },
  { auth: "required" },
);

// DELETE /api/events/{id} – S3: the organizer (or an admin) deletes an event without sold tickets
export const DELETE = withApi(
  async ({ params, actor }) => {
    await deleteEvent(actor, await resolveEventRef(params.id));
    return NextResponse.json({ message: "Мероприятие успешно удалено" });
  },
  { auth: "required" },
);
