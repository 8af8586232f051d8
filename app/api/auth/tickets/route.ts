import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { listUserTickets } from "@/lib/services/tickets/list-user-tickets";
import { s2TicketJson } from "../../tickets/_lib/s2-ticket";

// GET /api/auth/tickets – S2: the authenticated user's tickets, each with its event
export const GET = withApi(
  async ({ actor }) => {
    const tickets = await listUserTickets(actor.userId);
    return NextResponse.json(tickets.map((t) => s2TicketJson({ ...t, event: { id: t.eventId, title: t.eventTitle, startsAt: t.startsAt } })));
  },
  { auth: "required" },
);
