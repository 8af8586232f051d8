import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { verifyAgainstDummy, verifyPassword } from "@/lib/security/password";
import { assertLoginAllowed, recordLoginFailure } from "@/lib/security/rate-limit";
import { recordAudit, type RequestContext } from "@/lib/services/audit/record-audit";
import { findUserIdByIdentifier } from "@/lib/services/users/find-user";
import { createSession } from "./sessions";
import { verifySecondFactor } from "./two-factor";

export type LoginInput = { identifier: string; password: string; twoFactorCode?: string };

export const LOGIN_ERRORS = {
  invalid: "Invalid credentials",
  twoFactorRequired: "2FA token required",
  twoFactorInvalid: "Invalid 2FA token",
} as const;

async function fail(userId: string | null, context: RequestContext, reason: string, message: string, code: "UNAUTHENTICATED" | "FORBIDDEN"): Promise<never> {
  await recordLoginFailure(context.ip);
  if (!userId) {
    await recordAudit({ action: "login.failed", context, metadata: { reason } });
    throw new AppError(code, message);
  }
  const { LOCKOUT_THRESHOLD, LOCKOUT_MINUTES } = env();
  // Atomic increment: concurrent wrong guesses all count.
  const user = await db.user.update({ where: { id: userId }, data: { failedLoginCount: { increment: 1 } }, select: { failedLoginCount: true } });
  await recordAudit({ action: "login.failed", actorId: userId, targetType: "user", targetId: userId, context, metadata: { reason, consecutive: user.failedLoginCount } });
  if (user.failedLoginCount >= LOCKOUT_THRESHOLD) {
    await db.user.update({ where: { id: userId }, data: { lockedUntil: new Date(Date.now() + LOCKOUT_MINUTES * 60_000), failedLoginCount: 0 } });
    await recordAudit({ action: "account.locked", actorId: userId, targetType: "user", targetId: userId, context, metadata: { minutes: LOCKOUT_MINUTES } });
    throw new AppError("LOCKED", `Too many failed attempts. The account is locked for ${LOCKOUT_MINUTES} minutes.`);
  }
  throw new AppError(code, message);
}

/**
 * Signs a user in with e-mail or username and password, plus a TOTP or
 * backup code when 2FA is on. Failures count per address (429 past the
 * limit) and per account (423 lock after LOCKOUT_THRESHOLD in a row); a wrong
 * second factor counts like a wrong password. Success opens a new session.
 */
export async function login(input: LoginInput, context: RequestContext) {
  await assertLoginAllowed(context.ip);
  const userId = await findUserIdByIdentifier(input.identifier);
  const user = userId
    ? await db.user.findUnique({
        where: { id: userId },
        select: { id: true, username: true, role: true, passwordHash: true, lockedUntil: true, disabledAt: true, twoFactorEnabledAt: true, emailConfirmedAt: true },
      })
    : null;
  if (!user) {
    await verifyAgainstDummy(input.password);
    return fail(null, context, "unknown-user", LOGIN_ERRORS.invalid, "UNAUTHENTICATED");
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new AppError("LOCKED", `Account locked. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    return fail(user.id, context, "wrong-password", LOGIN_ERRORS.invalid, "UNAUTHENTICATED");
  }
  if (user.disabledAt) throw new AppError("FORBIDDEN", "This account has been disabled");
  if (user.twoFactorEnabledAt) {
    if (!input.twoFactorCode?.trim()) throw new AppError("FORBIDDEN", LOGIN_ERRORS.twoFactorRequired);
    if (!(await verifySecondFactor(user.id, input.twoFactorCode))) {
      return fail(user.id, context, "wrong-2fa", LOGIN_ERRORS.twoFactorInvalid, "FORBIDDEN");
    }
  }
  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() } });
    const created = await createSession(user.id, context, tx);
    await recordAudit({ action: "login.succeeded", actorId: user.id, targetType: "session", targetId: created.sessionId, context }, tx);
    return created;
  });
  return { ...session, user: { id: user.id, username: user.username, role: user.role, twoFactorEnabled: Boolean(user.twoFactorEnabledAt), emailConfirmed: Boolean(user.emailConfirmedAt) } };
}
