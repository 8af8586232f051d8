import { NextResponse } from "next/server";
import { readInput, setTokenCookie, withApi } from "@/lib/http/api-handler";
import { AppError } from "@/lib/http/errors";
import { registerUser } from "@/lib/services/auth/register-user";
import { createSession } from "@/lib/services/auth/sessions";
import { s1RegisterSchema } from "@/lib/validation/api-s1";

export const dynamic = "force-dynamic";

// Whether the e-mail or the (e-mail shaped) username is taken, S1 sees one answer.
async function registerOrExists(...args: Parameters<typeof registerUser>) {
  try {
    return await registerUser(...args);
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") throw new AppError("CONFLICT", "User already exists");
    throw error;
  }
}

// POST /api/register – S1 `?username=<e-mail>&password=`: creates the account, e-mails a confirmation code, opens a session.
export const POST = withApi(
  async ({ req, context }) => {
    const input = s1RegisterSchema.parse(await readInput(req));
    const user = await registerOrExists(input, context);
    const session = await createSession(user.id, context);
    const res = NextResponse.json({ message: "User registered successfully", token: session.token });
    return setTokenCookie(res, session.token, session.expiresAt);
  },
  { auth: "none" },
);
