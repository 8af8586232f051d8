import "server-only";
import { db } from "@/lib/db/client";
import { emailLookupHash } from "@/lib/security/pii";

/**
 * Finds a user by e-mail or username (S1 sends the e-mail as `username`):
 * an identifier with an @ is tried as an e-mail first, then as a username.
 */
export async function findUserIdByIdentifier(identifier: string): Promise<string | null> {
  const value = identifier.trim();
  if (!value || value.length > 320) return null;
  if (value.includes("@")) {
    const byEmail = await db.user.findUnique({ where: { emailHash: emailLookupHash(value) }, select: { id: true } });
    if (byEmail) return byEmail.id;
  }
  const byName = await db.user.findUnique({ where: { username: value.toLowerCase() }, select: { id: true } });
  return byName?.id ?? null;
}

export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { emailHash: emailLookupHash(email) }, select: { id: true } });
  return user?.id ?? null;
}
