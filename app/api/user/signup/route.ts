import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { registerUser } from "@/lib/services/auth/register-user";
import { s4SignupSchema } from "@/lib/validation/api-s4";
import { parseS4 } from "../_lib/parse-s4";
import { remapErrors } from "../_lib/remap-error";
import { s4Role } from "../_lib/s4-user";

// POST /api/user/signup – S4: create an account (a confirmation code is e-mailed)
export const POST = withApi(
  async ({ req, context }) => {
    const input = parseS4(s4SignupSchema, await readInput(req), "Missing required fields");
    const user = await remapErrors(registerUser({ email: input.email, password: input.password, firstName: input.firstname, lastName: input.lastname }, context), {
      CONFLICT: { code: "BAD_REQUEST", message: "User already exists" }, // S4: 400, not 409
    });
    return NextResponse.json(
      {
        success: true,
        message: "User created successfully! Please enable 2FA for enhanced security.",
        data: { _id: user.id, firstname: input.firstname, lastname: input.lastname, email: input.email, role: s4Role(user.role), createdAt: user.createdAt },
      },
      { status: 201 },
    );
  },
  { auth: "none", envelope: "s4" },
);
