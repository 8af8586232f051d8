import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { sendConfirmationCode } from "@/lib/services/auth/email-confirmation";
import { getUserIdOrThrow } from "@/lib/services/users/get-user-id-or-throw";
import { s1UsernameSchema } from "@/lib/validation/api-s1";

export const dynamic = "force-dynamic";

// GET /api/resendEmailValidationCode?username= – e-mails a new confirmation code (one a minute, 429 within the cooldown).
export const GET = withApi(
  async ({ searchParams }) => {
    const { username } = s1UsernameSchema.parse(Object.fromEntries(searchParams));
    await sendConfirmationCode(await getUserIdOrThrow(username));
    return NextResponse.json({ message: "Email sent successfully" });
  },
  { auth: "none" },
);
