import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { createOrganizerEvent } from "@/lib/services/events/create-organizer-event";
import { createCompatEventSchema } from "@/lib/validation/api-events-s0-s2-s3";

// POST /api/events/create – S0: an organizer or admin creates an event from `{name, date}` (201)
export const POST = withApi(
  async ({ req, actor }) => {
    const { event, organizerId } = createCompatEventSchema.parse(await readInput(req));
    const created = await createOrganizerEvent(actor, event, null, { organizerId });
    return NextResponse.json({ message: "Event created successfully!", id: created.legacyId, _id: created.id }, { status: 201 });
  },
  { auth: "required", roles: ["ORGANIZER", "ADMIN"] },
);
