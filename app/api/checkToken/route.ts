import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { resolveSession } from "@/lib/services/auth/sessions";
import { getUserIdOrThrow } from "@/lib/services/users/get-user-id-or-throw";
import { s1CheckTokenSchema } from "@/lib/validation/api-s1";

export const dynamic = "force-dynamic";

// GET /api/checkToken?username=&token= – whether the token is a live session of that user, used from this device (both answers are 200).
export const GET = withApi(
  async ({ searchParams, token, context }) => {
    // The token to check is the query's; a Bearer, cookie or `token` header stands in when it is absent.
    const query = Object.fromEntries(searchParams);
    const input = s1CheckTokenSchema.parse({ ...query, token: query.token ?? token ?? undefined });
    const userId = await getUserIdOrThrow(input.username);
    const session = await resolveSession({ token: input.token }, context);
    return NextResponse.json({ message: session?.userId === userId ? "Token valid" : "Token not valid" });
  },
  { auth: "none" },
);
