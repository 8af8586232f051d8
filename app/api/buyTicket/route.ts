import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { authorizeS1User } from "@/lib/services/schedule/authorize-s1-user";
import { buyS1Tickets } from "@/lib/services/schedule/buy-s1-tickets";
import { s1BuyTicketSchema, s1HeaderFields } from "@/lib/validation/api-s1-tickets";

export const dynamic = "force-dynamic";

// POST /api/buyTicket – S1: buys one seat; fields as headers (token, date, title, time, number, username), else query/body.
export const POST = withApi(
  async ({ req, token, context }) => {
    // Headers win over query/body; a Bearer or cookie token stands in when no `token` field is sent.
    const input = s1BuyTicketSchema.parse({ token, ...(await readInput(req)), ...s1HeaderFields(req.headers) });
    const actor = await authorizeS1User(input, context);
    const [ticket] = await buyS1Tickets({ ...input, userId: actor.userId, seatLabels: input.number, bestAvailable: input.best_available, paymentMethod: input.payment_method });
    return NextResponse.json({ message: "Ticket bought successfully", data: ticket });
  },
  { auth: "none" },
);
