import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { deleteTicket } from "@/lib/services/tickets/delete-ticket";

// DELETE /api/billet/delete/<id> – S0: the holder, the event's organizer or an admin cancels a registration's ticket
export const DELETE = withApi(
  async ({ params, actor }) => {
    await deleteTicket(actor, params.id);
    return NextResponse.json({ message: "Billet deleted!" });
  },
  { auth: "required" },
);
