import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { resolveEventRef } from "@/lib/services/events/resolve-event-ref";
import { listEventParticipants } from "@/lib/services/registrations/list-event-participants";
import { s3Status } from "@/lib/http/views/compat-event";

// GET /api/events/{id}/participants – S3: registered participants, then the waiting list in order (organizer or admin)
export const GET = withApi(
  async ({ params, actor }) => {
    const { event, participants, waitingList } = await listEventParticipants(actor, await resolveEventRef(params.id));
    const row = (p: (typeof participants)[number]) => ({ user_id: p.userId, status: s3Status(p.status), registration_date: p.registeredAt });
    return NextResponse.json({ event_id: event.id, participants: [...participants, ...waitingList].map(row) });
  },
  { auth: "required" },
);
