import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { confirmEmailChange, updateProfile } from "@/lib/services/users/user-profile";
import { s4UpdateProfileSchema } from "@/lib/validation/api-s4";
import { parseS4 } from "../_lib/parse-s4";
import { remapErrors } from "../_lib/remap-error";
import { s4User } from "../_lib/s4-user";

// PUT /api/user/update – S4: change names now; a new e-mail (needs `password`) applies once its e-mailed code comes back as `emailCode`
export const PUT = withApi(
  async ({ req, actor, context }) => {
    const input = parseS4(s4UpdateProfileSchema, await readInput(req), "Missing required fields");
    if (input.emailCode) await confirmEmailChange(actor.userId, input.emailCode, context);
    const { profile, pendingEmail } = await remapErrors(
      // With a code, the e-mail just confirmed is the one to keep, whatever `email` says.
      updateProfile(actor.userId, { firstName: input.firstname, lastName: input.lastname, email: input.emailCode ? undefined : input.email, password: input.password }, context),
      { CONFLICT: { code: "BAD_REQUEST" } }, // S4 has no 409: an e-mail in use is a 400, as at signup
    );
    const message = pendingEmail
      ? `User details updated successfully. A confirmation code was sent to ${pendingEmail}: send it as emailCode to this endpoint to finish the e-mail change.`
      : "User details updated successfully";
    return NextResponse.json({ success: true, message, user: s4User(profile), pendingEmail });
  },
  { auth: "required", envelope: "s4" },
);
