import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { authorizeS1User } from "@/lib/services/schedule/authorize-s1-user";
import { buyS1Tickets } from "@/lib/services/schedule/buy-s1-tickets";
import { s1BuyManyTicketsSchema, s1HeaderFields } from "@/lib/validation/api-s1-tickets";

export const dynamic = "force-dynamic";

// POST /api/buyManyTikets – S1: buys several seats (`number: [A1, A2]`) of one show, all or nothing.
export const POST = withApi(
  async ({ req, token, context }) => {
    // Headers win over query/body; a Bearer or cookie token stands in when no `token` field is sent.
    const input = s1BuyManyTicketsSchema.parse({ token, ...(await readInput(req)), ...s1HeaderFields(req.headers) });
    const actor = await authorizeS1User(input, context);
    const tickets = await buyS1Tickets({ ...input, userId: actor.userId, seatLabels: input.number, bestAvailable: input.best_available, paymentMethod: input.payment_method });
    return NextResponse.json({ message: "Ticket bought successfully", data: tickets.map((t) => ({ username: input.username, ...t })) });
  },
  { auth: "none" },
);
