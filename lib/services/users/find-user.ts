import "server-only";
import { db } from "@/lib/db/client";
import { sql } from "@/lib/db/sql";
import { emailLookupHash } from "@/lib/security/pii";

/**
 * Finds a user by e-mail or username (S1 sends the e-mail as `username`):
 * an identifier with an @ is tried as an e-mail first, then as a username.
 */
export async function findUserIdByIdentifier(identifier: string): Promise<string | null> {
  const values = identifierValues(identifier);
  if (!values) return null;
  // One statement through `pg` (lib/db/sql.ts).
  const rows = await sql<{ id: string }>(userByIdentifierSql("$1", "$2"), values);
  return rows[0]?.id ?? null;
}

/** The values for userByIdentifierSql: [e-mail lookup hash, username]; null for an identifier nobody can have. */
export function identifierValues(identifier: string): [string, string] | null {
  const value = identifier.trim();
  if (!value || value.length > 320) return null;
  return [value.includes("@") ? emailLookupHash(value) : "", value.toLowerCase()];
}

/**
 * The statement finding a user (`id`; no row when nobody matches) by e-mail
 * hash or username, preferring the e-mail match when the identifier is both
 * someone's e-mail and another's username; the arguments are the
 * placeholders of identifierValues' values. Two lookups on unique indexes:
 * one `email_hash = … OR username = …` was planned as a scan of the users
 * table when it ran once per check of a batch (S1's purchase check).
 */
export const userByIdentifierSql = (emailHash: string, username: string) =>
  `SELECT id FROM (SELECT COALESCE((SELECT id FROM users WHERE email_hash = ${emailHash}), (SELECT id FROM users WHERE username = ${username})) AS id) who
    WHERE id IS NOT NULL`;

export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { emailHash: emailLookupHash(email) }, select: { id: true } });
  return user?.id ?? null;
}
