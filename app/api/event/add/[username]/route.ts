import { readInput, withApi } from "@/lib/http/api-handler";
import { resolveEventRef } from "@/lib/services/events/resolve-event-ref";
import { registerUserForEvent } from "@/lib/services/registrations/register-user-for-event";
import { findUserByRef } from "@/lib/services/users/find-user-by-ref";
import { s0AddUserSchema } from "@/lib/validation/api-events-s0-s2-s3";
import { joinJson } from "../../_lib/s0-join";

// POST /api/event/add/<username> – S0: the event's organizer (or an admin) adds a user to event `event_id` (body)
export const POST = withApi(
  async ({ req, params, actor }) => {
    const { event_id } = s0AddUserSchema.parse(await readInput(req));
    const eventId = await resolveEventRef(event_id);
    const { userId } = await findUserByRef(params.username);
    return joinJson(await registerUserForEvent(actor, eventId, userId), "User added to event!");
  },
  { auth: "required" },
);
