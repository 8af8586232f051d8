import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { changePassword } from "@/lib/services/auth/change-password";
import { s4ChangePasswordSchema } from "@/lib/validation/api-s4";
import { parseS4 } from "../../_lib/parse-s4";

// POST /api/user/password/change – S4: new password after checking the old one; ends the user's other sessions
export const POST = withApi(
  async ({ req, actor, context }) => {
    const input = parseS4(s4ChangePasswordSchema, await readInput(req), "Both passwords required");
    await changePassword(actor, { currentPassword: input.oldPassword, newPassword: input.newPassword }, context);
    return NextResponse.json({ success: true, message: "Password changed successfully" });
  },
  { auth: "required", envelope: "s4" },
);
