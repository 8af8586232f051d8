import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { authorizeS1User } from "@/lib/services/schedule/authorize-s1-user";
import { listS1Tickets } from "@/lib/services/schedule/list-s1-tickets";
import { s1HeaderFields, s1TicketOwnerSchema } from "@/lib/validation/api-s1-tickets";

export const dynamic = "force-dynamic";

// GET /api/getTikets?username=&token= – S1: every ticket of the user (date, title, time, number, id, urltoqr).
export const GET = withApi(
  async ({ req, token, context }) => {
    const input = s1TicketOwnerSchema.parse({ token, ...(await readInput(req)), ...s1HeaderFields(req.headers) });
    const actor = await authorizeS1User(input, context);
    return NextResponse.json({ message: "success", tikets: await listS1Tickets(actor.userId) });
  },
  { auth: "none" },
);
