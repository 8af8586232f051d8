import { NextResponse } from "next/server";
import { cachedJson, jsonResponse } from "@/lib/cache/public-cache";
import { readInput, withApi } from "@/lib/http/api-handler";
import { createOrganizerEvent } from "@/lib/services/events/create-organizer-event";
import { listPublishedEvents } from "@/lib/services/events/list-published-events";
import { createCompatEventSchema } from "@/lib/validation/api-events-s0-s2-s3";
import { listedEventJson, s3EventJson } from "./_lib/compat-event";

const list = async (actor: Parameters<typeof listPublishedEvents>[0]) =>
  (await listPublishedEvents(actor)).map((e) => listedEventJson({ ...e, organizerId: e.organizer?.id ?? null }));

// GET /api/events – S0 "events for a user" and S2 "all events": every published event, soonest first (token optional).
// The anonymous answer is the same for everyone, so it comes from the public cache.
export const GET = withApi(
  async ({ actor }) => (actor ? NextResponse.json(await list(actor)) : jsonResponse(await cachedJson("s2:events", () => list(null)))),
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
