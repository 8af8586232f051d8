import "server-only";
import { db } from "@/lib/db/client";
import { sql } from "@/lib/db/sql";
import { emailLookupHash } from "@/lib/security/pii";

/**
 * Finds a user by e-mail or username (S1 sends the e-mail as `username`):
 * an identifier with an @ is tried as an e-mail first, then as a username.
 */
export async function findUserIdByIdentifier(identifier: string): Promise<string | null> {
  const value = identifier.trim();
  if (!value || value.length > 320) return null;
  // S1 purchases look the user up on every attempt: one statement through `pg` (lib/db/sql.ts),
  // preferring the e-mail match when the identifier is both someone's e-mail and another's username.
  const rows = await sql<{ id: string; by_email: boolean }>(
    `SELECT id, email_hash = $1 AS by_email FROM users WHERE email_hash = $1 OR username = $2 ORDER BY by_email DESC LIMIT 1`,
    [value.includes("@") ? emailLookupHash(value) : "", value.toLowerCase()],
  );
  return rows[0]?.id ?? null;
}

export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { emailHash: emailLookupHash(email) }, select: { id: true } });
  return user?.id ?? null;
}
