import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { beginTwoFactorSetup } from "@/lib/services/auth/two-factor";

// POST /api/user/2fa/enable – S4: start 2FA setup (secret, otpauth URI, QR image, backup codes); active once verified
export const POST = withApi(
  async ({ actor, context }) => {
    const setup = await beginTwoFactorSetup(actor.userId, context);
    return NextResponse.json({
      success: true,
      message: "2FA setup initiated. Please scan QR code and verify.",
      secret: setup.secret,
      qrCodeData: setup.otpauthUri,
      qrCodeImage: setup.qrCodeDataUrl,
      backupCodes: setup.backupCodes,
    });
  },
  { auth: "required", envelope: "s4" },
);
