import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { disableTwoFactor } from "@/lib/services/auth/two-factor";
import { s4TwoFactorDisableSchema } from "@/lib/validation/api-s4";
import { parseS4 } from "../../_lib/parse-s4";

// POST /api/user/2fa/disable – S4: turn 2FA off with the password and a current code
export const POST = withApi(
  async ({ req, actor, context }) => {
    const input = parseS4(s4TwoFactorDisableSchema, await readInput(req), "Password and token required");
    await disableTwoFactor(actor.userId, { password: input.password, code: input.twoFactorToken }, context);
    return NextResponse.json({ success: true, message: "2FA disabled successfully" });
  },
  { auth: "required", envelope: "s4" },
);
