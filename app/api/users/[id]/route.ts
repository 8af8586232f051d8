import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { deleteUserAccount } from "@/lib/services/users/delete-user-account";
import { findUserByRef } from "@/lib/services/users/find-user-by-ref";
import { updateUserAccount } from "@/lib/services/users/update-user-account";
import { viewUserCard } from "@/lib/services/users/view-user-card";
import { s3DeleteUserSchema, s3UpdateUserSchema, userRefSchema } from "@/lib/validation/api-s0-s2-s3";
import { publicUserId, userCardJson } from "../user-json";

// GET /api/users/<x> – S0 user by username or integer id, S3 user by UUID; e-mail and names only for the user and admins.
export const GET = withApi(
  async ({ params, actor }) => {
    const { userId, kind } = await findUserByRef(userRefSchema.parse(params.id));
    return NextResponse.json(userCardJson(await viewUserCard(actor, userId), kind));
  },
  { auth: "required" },
);

// PATCH /api/users/{id} – S3 profile update by the user or an admin; a new e-mail waits for its confirmation code.
export const PATCH = withApi(
  async ({ req, params, actor, context }) => {
    const { userId, kind } = await findUserByRef(userRefSchema.parse(params.id));
    const input = s3UpdateUserSchema.parse(await readInput(req));
    const { profile, pendingEmail } = await updateUserAccount(
      actor,
      userId,
      { firstName: input.first_name, lastName: input.last_name, email: input.email, password: input.password, emailCode: input.email_code },
      context,
    );
    return NextResponse.json({
      id: publicUserId(profile, kind),
      first_name: profile.firstName,
      last_name: profile.lastName,
      email: profile.email,
      updated_at: profile.updatedAt,
      ...(pendingEmail ? { pending_email: pendingEmail, message: "We sent a code to the new address: send it as email_code to finish the change" } : {}),
    });
  },
  { auth: "required" },
);

// DELETE /api/users/{id} – S3 account deletion: an admin, or the user themself with their password.
export const DELETE = withApi(
  async ({ req, params, actor, context }) => {
    const { userId } = await findUserByRef(userRefSchema.parse(params.id));
    const { password } = s3DeleteUserSchema.parse(await readInput(req));
    await deleteUserAccount(actor, userId, password, context);
    return NextResponse.json({ message: "Пользователь успешно удален" });
  },
  { auth: "required" },
);
