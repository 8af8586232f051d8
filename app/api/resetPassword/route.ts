import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { resetPassword } from "@/lib/services/auth/password-reset";
import { s1ResetPasswordSchema } from "@/lib/validation/api-s1";

export const dynamic = "force-dynamic";

// POST /api/resetPassword (and /api/reset-password) ?username=&password=&secret_code= [&code=<2FA>] – sets a new password and ends every session.
export const POST = withApi(
  async ({ req, context }) => {
    const input = s1ResetPasswordSchema.parse(await readInput(req));
    await resetPassword(input, context);
    return NextResponse.json({ message: "Password reset successfully" });
  },
  { auth: "none" },
);
