import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden } from "@/lib/http/errors";
import type { RequestContext } from "@/lib/services/audit/record-audit";
import { confirmEmailChange, getProfile, updateProfile } from "./user-profile";

export type AccountActor = { userId: string; role: Role };

export type UpdateUserAccountInput = { firstName?: string; lastName?: string; email?: string; password?: string; emailCode?: string };

/**
 * Updates a user's names and e-mail on behalf of the user themself or an
 * admin (S3 `PATCH /users/{id}`). An e-mail change follows `updateProfile`:
 * the owner's password, then the code sent to the new address
 * (`emailCode`); an admin cannot move someone else's address.
 */
export async function updateUserAccount(actor: AccountActor, userId: string, input: UpdateUserAccountInput, context: RequestContext) {
  const self = actor.userId === userId;
  if (!self && actor.role !== "ADMIN") throw forbidden("You can only update your own account");
  const current = await getProfile(userId);
  const emailChange = input.email !== undefined && input.email !== current.email;
  if ((emailChange || input.emailCode) && !self) throw forbidden("Only the account owner can change its e-mail address");
  const confirmed = input.emailCode ? await confirmEmailChange(userId, input.emailCode, context) : null;
  if (input.firstName === undefined && input.lastName === undefined && !emailChange) {
    return { profile: confirmed ?? current, pendingEmail: null };
  }
  return updateProfile(userId, { firstName: input.firstName, lastName: input.lastName, email: emailChange ? input.email : undefined, password: input.password }, context);
}
