import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { AppError, forbidden, notFound } from "@/lib/http/errors";
import { emailLookupHash } from "@/lib/security/pii";
import { recordAudit, type RequestContext } from "@/lib/services/audit/record-audit";
import { revokeUserSessions } from "@/lib/services/auth/sessions";
import { profileSelect, toProfile } from "./user-profile";

export type AdminActor = { userId: string; role: Role };

function assertAdmin(actor: AdminActor) {
  if (actor.role !== "ADMIN") throw forbidden("Admin privileges required");
}

/**
 * Users for the admin list: search by exact e-mail (personal data is
 * encrypted, so only through its lookup hash) or by part of the username.
 */
export async function listUsers(actor: AdminActor, query: { search?: string; role?: Role; page?: number; pageSize?: number } = {}) {
  assertAdmin(actor);
  const pageSize = Math.min(Math.max(query.pageSize ?? 20, 1), 200);
  const page = Math.max(query.page ?? 1, 1);
  const search = query.search?.trim();
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(search
      ? { OR: [{ username: { contains: search.toLowerCase() } }, ...(search.includes("@") ? [{ emailHash: emailLookupHash(search) }] : [])] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize, select: profileSelect }),
  ]);
  return { users: rows.map(toProfile), total, page, pageSize, pageCount: Math.max(Math.ceil(total / pageSize), 1) };
}

/** One user with sessions, registrations and audit trail, for the admin detail page (S4 admin user). */
export async function getUserDetail(actor: AdminActor, userId: string) {
  assertAdmin(actor);
  const row = await db.user.findUnique({ where: { id: userId }, select: profileSelect });
  if (!row) throw notFound("User");
  const [sessions, registrations, audit] = await Promise.all([
    db.session.findMany({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } }, orderBy: { lastSeenAt: "desc" }, select: { id: true, ip: true, userAgent: true, createdAt: true, lastSeenAt: true } }),
    db.registration.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      select: { id: true, status: true, attendedAt: true, createdAt: true, event: { select: { id: true, title: true, startsAt: true } }, ticket: { select: { id: true } } },
    }),
    db.auditLog.findMany({
      where: { OR: [{ actorId: userId }, { targetType: "user", targetId: userId }] },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, action: true, ip: true, createdAt: true, actorId: true, metadata: true },
    }),
  ]);
  return { user: toProfile(row), sessions, registrations, audit };
}

/** Changes a role; an admin cannot demote themselves (someone must stay admin). */
export async function setUserRole(actor: AdminActor, userId: string, role: Role, context: RequestContext) {
  assertAdmin(actor);
  if (actor.userId === userId && role !== "ADMIN") throw new AppError("BAD_REQUEST", "You cannot remove your own admin role");
  const before = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!before) throw notFound("User");
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { role }, select: profileSelect });
    await recordAudit({ action: "user.role-changed", actorId: actor.userId, targetType: "user", targetId: userId, context, metadata: { from: before.role, to: role } }, tx);
    return toProfile(user);
  });
}

/** Disables (or re-enables) an account; disabling ends its sessions at once. */
export async function setUserDisabled(actor: AdminActor, userId: string, disabled: boolean, context: RequestContext) {
  assertAdmin(actor);
  if (actor.userId === userId) throw new AppError("BAD_REQUEST", "You cannot disable your own account");
  const exists = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) throw notFound("User");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
    if (disabled) await revokeUserSessions(userId, "disabled-by-admin", {}, tx);
    await recordAudit({ action: disabled ? "user.disabled" : "user.enabled", actorId: actor.userId, targetType: "user", targetId: userId, context }, tx);
  });
}

/** Deletes a user: sessions, codes and registrations go with it (S4: "removes from all events"). */
export async function deleteUser(actor: AdminActor, userId: string, context: RequestContext) {
  assertAdmin(actor);
  if (actor.userId === userId) throw new AppError("BAD_REQUEST", "You cannot delete your own account here");
  const exists = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) throw notFound("User");
  await db.$transaction(async (tx) => {
    await recordAudit({ action: "user.deleted", actorId: actor.userId, targetType: "user", targetId: userId, context }, tx);
    await tx.user.delete({ where: { id: userId } });
  });
}
