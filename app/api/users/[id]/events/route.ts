import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { listUserEvents } from "@/lib/services/registrations/list-user-events";
import { findUserByRef } from "@/lib/services/users/find-user-by-ref";
import { userRefSchema } from "@/lib/validation/api-s0-s2-s3";
import { s3Status } from "@/lib/http/views/compat-event";

// GET /api/users/{id}/events – S3: the events a user organizes and takes part in (the user themself or an admin)
export const GET = withApi(
  async ({ params, actor }) => {
    const { userId } = await findUserByRef(userRefSchema.parse(params.id));
    const { organized, participated } = await listUserEvents(actor, userId);
    return NextResponse.json({
      organized_events: organized.map((e) => ({ id: e.id, legacy_id: e.legacyId, title: e.title, start_time: e.startsAt })),
      participated_events: participated.map((e) => ({ id: e.id, legacy_id: e.legacyId, title: e.title, start_time: e.startsAt, status: s3Status(e.status), registration_date: e.registeredAt })),
    });
  },
  { auth: "required" },
);
