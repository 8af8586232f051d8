import { withApi } from "@/lib/http/api-handler";
import { resolveEventRef } from "@/lib/services/events/resolve-event-ref";
import { registerForEvent } from "@/lib/services/registrations/register-for-event";
import { joinJson } from "../../_lib/s0-join";

// POST /api/event/join/<id> – S0: the caller joins a free event (a ticket), or (202) its waiting list when it is full
export const POST = withApi(
  async ({ params, actor }) => {
    const outcome = await registerForEvent({ eventId: await resolveEventRef(params.id), userId: actor.userId });
    return joinJson(outcome, "Successfully joined the event!");
  },
  { auth: "required" },
);
