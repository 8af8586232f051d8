import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError, forbidden } from "@/lib/http/errors";
import type { RequestContext } from "@/lib/services/audit/record-audit";
import { deleteUser } from "./admin-users";
import { deleteOwnAccount } from "./user-profile";

export type DeleteActor = { userId: string; role: Role };

/**
 * Deletes an account (S3 `DELETE /users/{id}`): an admin deletes another
 * user outright; a user deleting their own account confirms it with their
 * password, so a stolen token alone cannot erase it. Others: 403.
 */
export async function deleteUserAccount(actor: DeleteActor, userId: string, password: string | undefined, context: RequestContext) {
  if (actor.userId === userId) {
    if (!password) throw new AppError("BAD_REQUEST", "Enter your password to delete your account", { fieldErrors: { password: ["Enter your password to delete your account"] } });
    return deleteOwnAccount(userId, password, context);
  }
  if (actor.role !== "ADMIN") throw forbidden("You can only delete your own account");
  return deleteUser(actor, userId, context);
}
