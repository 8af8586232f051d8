import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, badRequest } from "@/lib/http/errors";
import { CodeEmail } from "@/lib/mail/templates/code-email";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";
import { hashPassword } from "@/lib/security/password";
import { passwordWeakness } from "@/lib/security/password-policy";
import { limitEmailSend } from "@/lib/security/rate-limit";
import { recordAudit, type RequestContext } from "@/lib/services/audit/record-audit";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { queueEmail } from "@/lib/services/mail/queue-email";
import { findUserIdByIdentifier } from "@/lib/services/users/find-user";
import { openUserPii } from "@/lib/services/users/user-pii";
import { checkCode, cooldownSeconds, issueCode } from "./one-time-codes";
import { revokeUserSessions } from "./sessions";
import { verifySecondFactor } from "./two-factor";

/**
 * E-mails a reset code and link (20 minutes, single use) when the identifier
 * matches an account. Returns whether one was sent: API documents that
 * answer 404 for unknown users use it; the web page never reveals it.
 */
export async function requestPasswordReset(identifier: string, context: RequestContext): Promise<{ sent: boolean }> {
  await limitEmailSend(`reset-ip:${context.ip}`);
  const userId = await findUserIdByIdentifier(identifier);
  if (!userId) return { sent: false };
  // Quietly skip a repeat within the cooldown: the earlier e-mail is still valid.
  if ((await cooldownSeconds(userId, "PASSWORD_RESET")) > 0) return { sent: true };
  await limitEmailSend(`reset:${userId}`);
  const outboxId = await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, username: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } });
    const { email } = openUserPii(user);
    const { code, expiresInMinutes } = await issueCode(userId, "PASSWORD_RESET", tx);
    const link = `${env().APP_URL.replace(/\/$/, "")}/reset-password?${new URLSearchParams({ u: user.username, code })}`;
    await recordAudit({ action: "password.reset-requested", actorId: userId, targetType: "user", targetId: userId, context }, tx);
    return queueEmail(
      {
        to: email,
        subject: "Reset your Tessera password",
        template: "password-reset",
        body: createElement(CodeEmail, {
          heading: "Reset your password",
          intro: "Someone (hopefully you) asked to reset the password of your Tessera account. Use this code, or the button below:",
          code,
          expiresInMinutes,
          action: { label: "Choose a new password", href: link },
        }),
      },
      tx,
    );
  });
  await deliverOutbox({ ids: [outboxId] });
  return { sent: true };
}

export const RESET_ERRORS = { userNotFound: "User not found", wrongCode: "Wrong secret code" } as const;

/**
 * Sets a new password with a reset code. When 2FA is on, a TOTP or backup
 * code is required too, so a stolen mailbox alone cannot take the account.
 * Every session of the user ends; the lockout is cleared.
 */
export async function resetPassword(input: { identifier: string; code: string; password: string; twoFactorCode?: string }, context: RequestContext) {
  const userId = await findUserIdByIdentifier(input.identifier);
  if (!userId) throw new AppError("NOT_FOUND", RESET_ERRORS.userNotFound);
  const check = await checkCode(userId, "PASSWORD_RESET", input.code, { wrong: RESET_ERRORS.wrongCode });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, username: true, twoFactorEnabledAt: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } });
  if (user.twoFactorEnabledAt) {
    if (!input.twoFactorCode) throw new AppError("FORBIDDEN", "2FA token required");
    if (!(await verifySecondFactor(userId, input.twoFactorCode))) throw new AppError("FORBIDDEN", "Invalid 2FA token");
  }
  const { email } = openUserPii(user);
  const weakness = await passwordWeakness(input.password, [user.username, email]);
  if (weakness) throw badRequest(weakness, { password: [weakness] });
  const passwordHash = await hashPassword(input.password);
  const outboxId = await db.$transaction(async (tx) => {
    if (!(await check.consume(tx))) throw new AppError("BAD_REQUEST", RESET_ERRORS.wrongCode);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date(), failedLoginCount: 0, lockedUntil: null } });
    await revokeUserSessions(userId, "password-reset", {}, tx);
    await recordAudit({ action: "password.reset", actorId: userId, targetType: "user", targetId: userId, context }, tx);
    return queueEmail(
      {
        to: email,
        subject: "Your Tessera password was changed",
        template: "password-changed",
        body: createElement(NoticeEmail, { heading: "Your password was changed", paragraphs: ["The password of your Tessera account was just reset and every device was signed out.", "If this was not you, reset your password again right away and contact us."] }),
      },
      tx,
    );
  });
  await deliverOutbox({ ids: [outboxId] });
}
