import "server-only";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/http/errors";
import { recordAudit, type RequestContext } from "@/lib/services/audit/record-audit";
import { revokeUserSessions } from "@/lib/services/auth/sessions";
import type { AdminActor } from "./admin-users";

/**
 * Signs a user out everywhere (admin tool). When admins end their own
 * sessions, the one they are using survives, so the page they clicked on
 * does not log them out mid-request.
 */
export async function endUserSessions(actor: AdminActor & { sessionId?: string }, userId: string, context: RequestContext) {
  if (actor.role !== "ADMIN") throw forbidden("Admin privileges required");
  const exists = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) throw notFound("User");
  const keep = actor.userId === userId ? actor.sessionId : undefined;
  return db.$transaction(async (tx) => {
    const count = await revokeUserSessions(userId, "ended-by-admin", { keep }, tx);
    await recordAudit({ action: "user.sessions-ended", actorId: actor.userId, targetType: "user", targetId: userId, context, metadata: { count } }, tx);
    return count;
  });
}
