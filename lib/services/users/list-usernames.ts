import "server-only";
import { db } from "@/lib/db/client";
import { forbidden } from "@/lib/http/errors";
import type { AdminActor } from "./admin-users";

/** Usernames for a handful of user ids (e.g. who acted in an audit trail); deleted users are simply missing. */
export async function listUsernames(actor: AdminActor, userIds: string[]): Promise<Record<string, string>> {
  if (actor.role !== "ADMIN") throw forbidden("Admin privileges required");
  const ids = [...new Set(userIds)].slice(0, 200);
  if (ids.length === 0) return {};
  const rows = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, username: true } });
  return Object.fromEntries(rows.map((row) => [row.id, row.username]));
}
