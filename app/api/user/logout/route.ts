import { NextResponse } from "next/server";
import { clearTokenCookie, withApi } from "@/lib/http/api-handler";
import { revokeSession } from "@/lib/services/auth/sessions";

// POST /api/user/logout – S4: end the current session and clear the cookie
export const POST = withApi(
  async ({ actor }) => {
    await revokeSession(actor.sessionId, "logout");
    return clearTokenCookie(NextResponse.json({ success: true, message: "Logged out successfully" }));
  },
  { auth: "required", envelope: "s4" },
);
