import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { AppError } from "@/lib/http/errors";
import { registerUser } from "@/lib/services/auth/register-user";
import { accountSignupSchema } from "@/lib/validation/api-s0-s2-s3";

/** S2 documents one conflict message, whether the e-mail or the username is taken. */
function asS2Conflict(error: unknown): never {
  if (error instanceof AppError && error.code === "CONFLICT") throw new AppError("CONFLICT", "User already exists");
  throw error;
}

// POST /api/auth/signup – S2 sign-up: 201 {_id, username, email, __v} (never the password, API-CONTRACT rule 7).
export const POST = withApi(
  async ({ req, context }) => {
    const input = accountSignupSchema.parse(await readInput(req));
    const user = await registerUser(input, context).catch(asS2Conflict);
    return NextResponse.json({ _id: user.id, username: user.username, email: input.email, __v: 0 }, { status: 201 });
  },
  { auth: "none" },
);
