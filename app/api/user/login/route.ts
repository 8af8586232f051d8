import { NextResponse } from "next/server";
import { readInput, setTokenCookie, withApi } from "@/lib/http/api-handler";
import { login } from "@/lib/services/auth/login";
import { getProfile } from "@/lib/services/users/user-profile";
import { s4LoginSchema } from "@/lib/validation/api-s4";
import { parseS4 } from "../_lib/parse-s4";
import { s4User } from "../_lib/s4-user";

// POST /api/user/login – S4: sign in (with a TOTP or backup code when 2FA is on); returns the token and sets the cookie
export const POST = withApi(
  async ({ req, context }) => {
    const input = parseS4(s4LoginSchema, await readInput(req), "Missing credentials");
    const session = await login({ identifier: input.email, password: input.password, twoFactorCode: input.twoFactorToken }, context);
    const profile = await getProfile(session.user.id);
    const res = NextResponse.json({
      success: true,
      message: "Login successful",
      token: session.token,
      user: { ...s4User(profile), twoFactorEnabled: profile.twoFactorEnabled },
    });
    return setTokenCookie(res, session.token, session.expiresAt);
  },
  { auth: "none", envelope: "s4" },
);
