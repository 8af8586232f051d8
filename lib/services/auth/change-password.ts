import "server-only";
import { db } from "@/lib/db/client";
import { AppError, badRequest } from "@/lib/http/errors";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { passwordWeakness } from "@/lib/security/password-policy";
import { recordAudit, type RequestContext } from "@/lib/services/audit/record-audit";
import { revokeUserSessions } from "./sessions";

/**
 * Changes the password after checking the current one, and ends every other
 * session of the user (API-CONTRACT rule 5; S4 said they stay active).
 */
export async function changePassword(actor: { userId: string; sessionId: string }, input: { currentPassword: string; newPassword: string }, context: RequestContext) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { username: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError("BAD_REQUEST", "Old password incorrect", { fieldErrors: { currentPassword: ["Old password incorrect"] } });
  if (input.currentPassword === input.newPassword) throw badRequest("The new password must differ from the old one", { newPassword: ["The new password must differ from the old one"] });
  const weakness = await passwordWeakness(input.newPassword, [user.username]);
  if (weakness) throw badRequest(weakness, { newPassword: [weakness] });
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, passwordChangedAt: new Date() } });
    const ended = await revokeUserSessions(actor.userId, "password-changed", { keep: actor.sessionId }, tx);
    await recordAudit({ action: "password.changed", actorId: actor.userId, targetType: "user", targetId: actor.userId, context, metadata: { otherSessionsEnded: ended } }, tx);
    return { otherSessionsEnded: ended };
  });
}
