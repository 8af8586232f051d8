import { NextResponse } from "next/server";
import { readInput, setTokenCookie, withApi } from "@/lib/http/api-handler";
import { AppError } from "@/lib/http/errors";
import { login } from "@/lib/services/auth/login";
import { s1LoginSchema } from "@/lib/validation/api-s1";

export const dynamic = "force-dynamic";

// S1 answers a failed login with 400 "Wrong username or password"; the
// service's other refusals (403 2FA, 423 locked, 429 too many failures) pass.
async function loginOrWrongCredentials(...args: Parameters<typeof login>) {
  try {
    return await login(...args);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") throw new AppError("BAD_REQUEST", "Wrong username or password");
    throw error;
  }
}

// POST /api/login – S1 `?username=&password=` and S3 `{email, password}`: opens a session, returns its token and sets the `token` cookie.
export const POST = withApi(
  async ({ req, context }) => {
    const input = s1LoginSchema.parse(await readInput(req));
    const session = await loginOrWrongCredentials(input, context);
    const res = NextResponse.json({ message: "Logged in successfully", token: session.token, validDue: Math.floor(session.expiresAt.getTime() / 1000) });
    return setTokenCookie(res, session.token, session.expiresAt);
  },
  { auth: "none" },
);
