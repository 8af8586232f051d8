import { NextResponse } from "next/server";
import { clearTokenCookie, withApi } from "@/lib/http/api-handler";
import { revokeSession } from "@/lib/services/auth/sessions";

// POST /api/auth/logout – S0 and S2 logout: revokes the session behind the token and clears the cookie.
export const POST = withApi(
  async ({ actor }) => {
    await revokeSession(actor.sessionId, "logout");
    return clearTokenCookie(NextResponse.json({ message: "Logged out successfully!" }));
  },
  { auth: "required" },
);
