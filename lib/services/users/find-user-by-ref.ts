import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_INT = 2_147_483_647;

export type UserRefKind = "uuid" | "legacyId" | "username";

/** Which document a `/users/<x>` segment speaks: a UUID (S3), an integer id or a username (S0). */
export function userRefKind(ref: string): UserRefKind {
  if (UUID.test(ref)) return "uuid";
  if (/^\d{1,10}$/.test(ref)) return "legacyId";
  return "username";
}

/**
 * The user a `/users/<x>` path names: by UUID, by the integer id S0 clients
 * were given, or by username (never by e-mail, so a path cannot probe one).
 * 404 "User not found" otherwise.
 */
export async function findUserByRef(ref: string): Promise<{ userId: string; kind: UserRefKind }> {
  const value = ref.trim();
  const kind = userRefKind(value);
  const where =
    kind === "uuid" ? { id: value.toLowerCase() } : kind === "legacyId" && Number(value) <= MAX_INT ? { legacyId: Number(value) } : kind === "username" ? { username: value.toLowerCase() } : null;
  const user = where ? await db.user.findUnique({ where, select: { id: true } }) : null;
  if (!user) throw notFound("User");
  return { userId: user.id, kind };
}
