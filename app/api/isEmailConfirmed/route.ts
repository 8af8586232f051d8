import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { isEmailConfirmed } from "@/lib/services/auth/email-confirmation";
import { getUserIdOrThrow } from "@/lib/services/users/get-user-id-or-throw";
import { s1UsernameSchema } from "@/lib/validation/api-s1";

export const dynamic = "force-dynamic";

// GET /api/isEmailConfirmed?username= – whether the user's e-mail address is confirmed (both answers are 200).
export const GET = withApi(
  async ({ searchParams }) => {
    const { username } = s1UsernameSchema.parse(Object.fromEntries(searchParams));
    const confirmed = await isEmailConfirmed(await getUserIdOrThrow(username));
    return NextResponse.json({ message: confirmed ? "Email confirmed" : "Email not confirmed" });
  },
  { auth: "none" },
);
