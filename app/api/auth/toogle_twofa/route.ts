import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { badRequest } from "@/lib/http/errors";
import { beginTwoFactorSetup, disableTwoFactor } from "@/lib/services/auth/two-factor";
import { getProfile } from "@/lib/services/users/user-profile";
import { toggleTwoFactorSchema } from "@/lib/validation/api-s0-s2-s3";

const OFF_NEEDS = "To turn two-factor authentication off, send your password and a current code";

// POST /api/auth/toogle_twofa – S0 2FA toggle: off -> starts setup (secret shown once, verify_twofa activates it); on -> off with password and code.
export const POST = withApi(
  async ({ req, actor, context }) => {
    const input = toggleTwoFactorSchema.parse(await readInput(req));
    const { twoFactorEnabled } = await getProfile(actor.userId);
    if (!twoFactorEnabled) {
      const setup = await beginTwoFactorSetup(actor.userId, context);
      return NextResponse.json(
        {
          message: "Two-factor authentication enabled!",
          two_factor: "pending_verification",
          secret: setup.secret,
          otpauth_uri: setup.otpauthUri,
          qr_code: setup.qrCodeDataUrl,
          backup_codes: setup.backupCodes,
        },
        { headers: { "Cache-Control": "no-store" } },
      );
    }
    if (!input.password || !input.code) {
      throw badRequest(OFF_NEEDS, { ...(input.password ? {} : { password: [OFF_NEEDS] }), ...(input.code ? {} : { code: [OFF_NEEDS] }) });
    }
    await disableTwoFactor(actor.userId, { password: input.password, code: input.code }, context);
    return NextResponse.json({ message: "Two-factor authentication disabled!", two_factor: "disabled" });
  },
  { auth: "required" },
);
