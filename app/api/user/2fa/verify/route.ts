import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { confirmTwoFactor } from "@/lib/services/auth/two-factor";
import { s4TwoFactorVerifySchema } from "@/lib/validation/api-s4";
import { parseS4 } from "../../_lib/parse-s4";

// POST /api/user/2fa/verify – S4: activate 2FA with a code from the authenticator
export const POST = withApi(
  async ({ req, actor, context }) => {
    const input = parseS4(s4TwoFactorVerifySchema, await readInput(req), "Token required");
    await confirmTwoFactor(actor.userId, input.twoFactorToken, context);
    return NextResponse.json({ success: true, message: "2FA enabled successfully" });
  },
  { auth: "required", envelope: "s4" },
);
