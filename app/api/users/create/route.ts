import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { registerUser } from "@/lib/services/auth/register-user";
import { accountSignupSchema } from "@/lib/validation/api-s0-s2-s3";

// POST /api/users/create – S0 sign-up: 201 {"message": "User created successfully!"}.
export const POST = withApi(
  async ({ req, context }) => {
    const input = accountSignupSchema.parse(await readInput(req));
    await registerUser(input, context);
    return NextResponse.json({ message: "User created successfully!" }, { status: 201 });
  },
  { auth: "none" },
);
