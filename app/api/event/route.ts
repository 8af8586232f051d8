import { NextResponse } from "next/server";
import { cachedJson, jsonResponse } from "@/lib/cache/public-cache";
import { withApi } from "@/lib/http/api-handler";
import { listPublishedEvents } from "@/lib/services/events/list-published-events";
import { s4ListedEvent } from "./_lib/s4-event";

const answer = async (actor: Parameters<typeof listPublishedEvents>[0]) => ({
  success: true,
  message: "Events retrieved successfully",
  data: (await listPublishedEvents(actor)).map(s4ListedEvent),
});

// GET /api/event – S4: every published event (public; organizer e-mails only for admins and the organizer).
// The anonymous answer is the same for everyone, so it comes from the public cache.
export const GET = withApi(
  async ({ actor }) => (actor ? NextResponse.json(await answer(actor)) : jsonResponse(await cachedJson("s4:events", () => answer(null)))),
  { auth: "optional", envelope: "s4" },
);

// POST /api/event – S4 "Create Event" (section 5, first draft): the same as POST /api/event/create
export { POST } from "./create/route";
