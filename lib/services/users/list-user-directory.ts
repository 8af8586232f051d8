import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { openUserEmail } from "./user-pii";

export type DirectoryActor = { userId: string; role: Role };

/**
 * Every user in order of their integer id (S0 `GET /users/`). Anyone signed
 * in sees ids and usernames; e-mail addresses are decrypted for admins only
 * (`email: null` for everyone else).
 */
export async function listUserDirectory(actor: DirectoryActor, query: { page?: number; pageSize?: number } = {}) {
  const isAdmin = actor.role === "ADMIN";
  const pageSize = Math.min(Math.max(query.pageSize ?? 1000, 1), 1000);
  const page = Math.max(query.page ?? 1, 1);
  const [total, rows] = await Promise.all([
    db.user.count(),
    db.user.findMany({
      orderBy: { legacyId: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, legacyId: true, username: true, emailCipher: isAdmin, firstNameCipher: isAdmin, lastNameCipher: isAdmin },
    }),
  ]);
  const users = rows.map((row) => ({
    id: row.id,
    legacyId: row.legacyId,
    username: row.username,
    email: isAdmin && row.emailCipher ? openUserEmail(row.id, row.emailCipher) : null,
  }));
  return { users, total, page, pageSize };
}
