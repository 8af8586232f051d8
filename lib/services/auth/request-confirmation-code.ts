import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { sendConfirmationCode } from "./email-confirmation";
import { RESEND_COOLDOWN_SECONDS } from "./one-time-codes";

/**
 * S1 `confirmEmail` without a code ("send me the code"). Signing up already
 * e-mailed one, and S1 clients ask for it right after: while the newest code
 * is under a minute old and still usable, answer without a second e-mail.
 * Otherwise send a new one, with sendConfirmationCode's cooldown (429) and
 * hourly limit. An explicit resend (resendEmailValidationCode) always sends.
 */
export async function requestConfirmationCode(userId: string): Promise<{ sent: boolean }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailConfirmedAt: true } });
  if (user.emailConfirmedAt) throw new AppError("BAD_REQUEST", "Email already confirmed");
  const latest = await db.oneTimeCode.findFirst({
    where: { userId, purpose: "EMAIL_CONFIRMATION" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, consumedAt: true, attempts: true, maxAttempts: true, expiresAt: true },
  });
  const now = Date.now();
  const fresh = latest && now - latest.createdAt.getTime() < RESEND_COOLDOWN_SECONDS * 1000;
  if (fresh && !latest.consumedAt && latest.attempts < latest.maxAttempts && latest.expiresAt.getTime() > now) return { sent: false };
  await sendConfirmationCode(userId);
  return { sent: true };
}
