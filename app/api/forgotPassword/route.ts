import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { notFound } from "@/lib/http/errors";
import { requestPasswordReset } from "@/lib/services/auth/password-reset";
import { s1UsernameSchema } from "@/lib/validation/api-s1";

export const dynamic = "force-dynamic";

// POST /api/forgotPassword (and /api/forgot-password) ?username= – e-mails a reset code and link; 404 for an unknown user, as S1 documents.
export const POST = withApi(
  async ({ req, context }) => {
    const { username } = s1UsernameSchema.parse(await readInput(req));
    const { sent } = await requestPasswordReset(username, context);
    if (!sent) throw notFound("User");
    return NextResponse.json({ message: "Email sent successfully" });
  },
  { auth: "none" },
);
