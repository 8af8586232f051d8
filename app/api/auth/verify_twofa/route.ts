import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { confirmTwoFactor } from "@/lib/services/auth/two-factor";
import { verifyTwoFactorSchema } from "@/lib/validation/api-s0-s2-s3";

// POST /api/auth/verify_twofa – S0: a code from the authenticator activates the setup toogle_twofa started.
export const POST = withApi(
  async ({ req, actor, context }) => {
    const { code } = verifyTwoFactorSchema.parse(await readInput(req));
    await confirmTwoFactor(actor.userId, code, context);
    return NextResponse.json({ message: "Two-factor authentication verified!" });
  },
  { auth: "required" },
);
