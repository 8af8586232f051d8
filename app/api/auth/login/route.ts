import { NextResponse } from "next/server";
import { readInput, setTokenCookie, withApi } from "@/lib/http/api-handler";
import { AppError, notFound } from "@/lib/http/errors";
import { LOGIN_ERRORS, login } from "@/lib/services/auth/login";
import { findUserIdByIdentifier } from "@/lib/services/users/find-user";
import { getProfile } from "@/lib/services/users/user-profile";
import { accountLoginSchema } from "@/lib/validation/api-s0-s2-s3";

/** S2 words a failed login as 404 "User not found" or 400 "Invalid credentials"; the service has already counted the failure. */
async function asS2LoginError(error: unknown, identifier: string): Promise<never> {
  if (error instanceof AppError && error.code === "UNAUTHENTICATED" && error.message === LOGIN_ERRORS.invalid) {
    throw (await findUserIdByIdentifier(identifier)) ? new AppError("BAD_REQUEST", LOGIN_ERRORS.invalid) : notFound("User");
  }
  throw error;
}

// POST /api/auth/login – S0 {username,password} or S2 {email,password}: 201 with S0's token and S2's fields, plus the token cookie.
export const POST = withApi(
  async ({ req, context }) => {
    const input = accountLoginSchema.parse(await readInput(req));
    const session = await login({ identifier: input.identifier, password: input.password, twoFactorCode: input.code }, context).catch((error) =>
      asS2LoginError(error, input.identifier),
    );
    const { email } = await getProfile(session.user.id);
    const res = NextResponse.json(
      { message: "Logged in", success: true, token: session.token, email, username: session.user.username },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
    return setTokenCookie(res, session.token, session.expiresAt);
  },
  { auth: "none" },
);
