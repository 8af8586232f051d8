import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { resolveEventRef } from "@/lib/services/events/resolve-event-ref";
import { registerUserForEvent } from "@/lib/services/registrations/register-user-for-event";
import { s3RegisterSchema } from "@/lib/validation/api-events-s0-s2-s3";
import { s3Status } from "@/lib/http/views/compat-event";

// POST /api/events/{id}/register – S3: a place at a free event (201), or a waiting-list spot when it is full (202)
export const POST = withApi(
  async ({ req, params, actor }) => {
    const eventId = await resolveEventRef(params.id);
    const { user_id: userId = actor.userId } = s3RegisterSchema.parse(await readInput(req));
    const outcome = await registerUserForEvent(actor, eventId, userId);
    return NextResponse.json(
      {
        event_id: outcome.event.id,
        user_id: userId,
        status: s3Status(outcome.status),
        registration_date: outcome.registeredAt,
        position: outcome.position,
        ticket: outcome.ticket && { id: outcome.ticket.id, code: outcome.ticket.code },
      },
      { status: outcome.ticket ? 201 : 202 },
    );
  },
  { auth: "required" },
);
