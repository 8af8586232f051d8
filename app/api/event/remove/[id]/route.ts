import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { deleteEvent } from "@/lib/services/events/delete-event";
import { resolveEventRef } from "@/lib/services/events/resolve-event-ref";

// DELETE /api/event/remove/<id> – S0: the organizer (or an admin) removes an event without sold tickets (integer id or UUID)
export const DELETE = withApi(
  async ({ params, actor }) => {
    await deleteEvent(actor, await resolveEventRef(params.id));
    return NextResponse.json({ message: "Event removed successfully!" });
  },
  { auth: "required" },
);
