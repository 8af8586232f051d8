import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { getProfile } from "./user-profile";

export type CardActor = { userId: string; role: Role };

/**
 * One user as another sees them (S0 `GET /users/<username>`, S3 `GET
 * /users/{id}`): the user themself and admins see e-mail and names, anyone
 * else only id, username and join date (private fields null).
 */
export async function viewUserCard(actor: CardActor, userId: string) {
  const profile = await getProfile(userId);
  const mayViewPrivate = actor.userId === userId || actor.role === "ADMIN";
  return {
    id: profile.id,
    legacyId: profile.legacyId,
    username: profile.username,
    email: mayViewPrivate ? profile.email : null,
    firstName: mayViewPrivate ? profile.firstName : null,
    lastName: mayViewPrivate ? profile.lastName : null,
    createdAt: profile.createdAt,
  };
}
