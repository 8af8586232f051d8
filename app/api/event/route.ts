import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { listPublishedEvents } from "@/lib/services/events/list-published-events";
import { s4ListedEvent } from "./_lib/s4-event";

// GET /api/event – S4: every published event (public; organizer e-mails only for admins and the organizer)
export const GET = withApi(
  async ({ actor }) => {
    const events = await listPublishedEvents(actor);
    return NextResponse.json({ success: true, message: "Events retrieved successfully", data: events.map(s4ListedEvent) });
  },
  { auth: "optional", envelope: "s4" },
);

// POST /api/event – S4 "Create Event" (section 5, first draft): the same as POST /api/event/create
export { POST } from "./create/route";
