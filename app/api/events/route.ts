import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { createOrganizerEvent } from "@/lib/services/events/create-organizer-event";
import { listPublishedEvents } from "@/lib/services/events/list-published-events";
import { createCompatEventSchema } from "@/lib/validation/api-events-s0-s2-s3";
import { listedEventJson, s3EventJson } from "./_lib/compat-event";

// GET /api/events – S0 "events for a user" and S2 "all events": every published event, soonest first (token optional)
export const GET = withApi(
  async ({ actor }) => {
    const events = await listPublishedEvents(actor);
    return NextResponse.json(events.map((e) => listedEventJson({ ...e, organizerId: e.organizer?.id ?? null })));
  },
  { auth: "optional" },
);

// POST /api/events – S2 `{name, date, …}` or S3 `{title, start_time, …, organizer_id}`: an organizer or admin creates an event (201)
export const POST = withApi(
  async ({ req, actor }) => {
    const { event, organizerId } = createCompatEventSchema.parse(await readInput(req));
    const created = await createOrganizerEvent(actor, event, null, { organizerId });
    return NextResponse.json(s3EventJson(created), { status: 201 });
  },
  { auth: "required", roles: ["ORGANIZER", "ADMIN"] },
);
