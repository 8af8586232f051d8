import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { compatListEvents } from "@/lib/http/endpoints/public-event-lists";
import { nextRoute } from "@/lib/http/next-route";
import { createOrganizerEvent } from "@/lib/services/events/create-organizer-event";
import { createCompatEventSchema } from "@/lib/validation/api-events-s0-s2-s3";
import { s3EventJson } from "@/lib/http/views/compat-event";

// GET /api/events – S0/S2 (lib/http/endpoints/public-event-lists.ts; `npm start` serves it before Next's router).
export const GET = nextRoute(compatListEvents);

// POST /api/events – S2 `{name, date, …}` or S3 `{title, start_time, …, organizer_id}`: an organizer or admin creates an event (201)
export const POST = withApi(
  async ({ req, actor }) => {
    const { event, organizerId } = createCompatEventSchema.parse(await readInput(req));
    const created = await createOrganizerEvent(actor, event, null, { organizerId });
    return NextResponse.json(s3EventJson(created), { status: 201 });
  },
  { auth: "required", roles: ["ORGANIZER", "ADMIN"] },
);
