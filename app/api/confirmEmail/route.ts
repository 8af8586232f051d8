import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { badRequest } from "@/lib/http/errors";
import { confirmEmail, isEmailConfirmed } from "@/lib/services/auth/email-confirmation";
import { requestConfirmationCode } from "@/lib/services/auth/request-confirmation-code";
import { getUserIdOrThrow } from "@/lib/services/users/get-user-id-or-throw";
import { s1ConfirmEmailSchema } from "@/lib/validation/api-s1";

export const dynamic = "force-dynamic";

// GET|POST /api/confirmEmail?username=[&code=] – no code: e-mail one; code=-1: the status; six digits: confirm the address.
const handler = withApi(
  async ({ req, context }) => {
    const { username, code } = s1ConfirmEmailSchema.parse(await readInput(req));
    const userId = await getUserIdOrThrow(username);
    if (code === undefined) {
      await requestConfirmationCode(userId);
      return NextResponse.json({ message: "Email sent successfully" });
    }
    if (code === "-1") return NextResponse.json({ message: (await isEmailConfirmed(userId)) ? "Email confirmed" : "Email not confirmed" });
    // A code that cannot be right is refused before it counts as an attempt.
    if (!/^\d{6}$/.test(code)) throw badRequest("Wrong code", { code: ["Enter the 6-digit code from the e-mail, or -1 for the status"] });
    await confirmEmail(userId, code, context);
    return NextResponse.json({ message: "Email confirmed" });
  },
  { auth: "none" },
);

export { handler as GET, handler as POST };
