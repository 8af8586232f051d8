import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { forbidden } from "@/lib/http/errors";
import type { AdminActor } from "./admin-users";

const ROLES: Role[] = ["USER", "ORGANIZER", "STAFF", "ADMIN"];

/** Accounts per role (every role present, zero when empty) and how many are disabled, for the admin overview. */
export async function countUsersByRole(actor: AdminActor) {
  if (actor.role !== "ADMIN") throw forbidden("Admin privileges required");
  const [groups, disabled] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.user.count({ where: { disabledAt: { not: null } } }),
  ]);
  const byRole = Object.fromEntries(ROLES.map((role) => [role, groups.find((g) => g.role === role)?._count._all ?? 0])) as Record<Role, number>;
  return { byRole, total: groups.reduce((sum, g) => sum + g._count._all, 0), disabled };
}
