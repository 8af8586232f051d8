import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { AppError } from "@/lib/http/errors";
import { requestPasswordReset } from "@/lib/services/auth/password-reset";
import { s4ForgotPasswordSchema } from "@/lib/validation/api-s4";
import { parseS4 } from "../_lib/parse-s4";

// POST /api/user/forgotPassword – S4: e-mail a reset code and link (20 minutes); S4 reveals an unknown address (400)
export const POST = withApi(
  async ({ req, context }) => {
    const input = parseS4(s4ForgotPasswordSchema, await readInput(req), "Email is required");
    const { sent } = await requestPasswordReset(input.email, context);
    if (!sent) throw new AppError("BAD_REQUEST", "Email not registered");
    return NextResponse.json({ success: true, message: "Email sent successfully!" });
  },
  { auth: "none", envelope: "s4" },
);
