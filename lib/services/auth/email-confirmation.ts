import "server-only";
import { createElement } from "react";
import { db, type DbTx } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { CodeEmail } from "@/lib/mail/templates/code-email";
import { limitEmailSend } from "@/lib/security/rate-limit";
import { recordAudit, type RequestContext } from "@/lib/services/audit/record-audit";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { queueEmail } from "@/lib/services/mail/queue-email";
import { openUserPii } from "@/lib/services/users/user-pii";
import { checkCode, cooldownSeconds, issueCode } from "./one-time-codes";

/** Writes a confirmation code e-mail in `tx`; returns the outbox id to deliver after commit. */
export async function queueConfirmationCode(userId: string, tx: DbTx) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } });
  const { email } = openUserPii(user);
  const { code, expiresInMinutes } = await issueCode(userId, "EMAIL_CONFIRMATION", tx);
  return queueEmail(
    {
      to: email,
      subject: `Your Tessera confirmation code: ${code}`,
      template: "email-confirmation",
      body: createElement(CodeEmail, { heading: "Confirm your e-mail address", intro: "Enter this code to confirm the address of your Tessera account:", code, expiresInMinutes }),
    },
    tx,
  );
}

/**
 * Sends a new confirmation code (S1 confirmEmail without a code, and
 * resendEmailValidationCode), at most one a minute per account.
 */
export async function sendConfirmationCode(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailConfirmedAt: true } });
  if (user.emailConfirmedAt) throw new AppError("BAD_REQUEST", "Email already confirmed");
  const wait = await cooldownSeconds(userId, "EMAIL_CONFIRMATION");
  if (wait > 0) throw new AppError("RATE_LIMITED", `Please wait ${wait} seconds before requesting another code`, { headers: { "Retry-After": String(wait) } });
  await limitEmailSend(`confirm:${userId}`);
  const outboxId = await db.$transaction((tx) => queueConfirmationCode(userId, tx));
  await deliverOutbox({ ids: [outboxId] });
}

/** Confirms the address with the 6-digit code: 15 minutes, 5 attempts, once. */
export async function confirmEmail(userId: string, code: string, context: RequestContext) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailConfirmedAt: true } });
  if (user.emailConfirmedAt) throw new AppError("BAD_REQUEST", "Email already confirmed");
  const check = await checkCode(userId, "EMAIL_CONFIRMATION", code);
  await db.$transaction(async (tx) => {
    if (!(await check.consume(tx))) throw new AppError("BAD_REQUEST", "Wrong code");
    await tx.user.update({ where: { id: userId }, data: { emailConfirmedAt: new Date() } });
    await recordAudit({ action: "email.confirmed", actorId: userId, targetType: "user", targetId: userId, context }, tx);
  });
}

export async function isEmailConfirmed(userId: string): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailConfirmedAt: true } });
  return Boolean(user.emailConfirmedAt);
}
