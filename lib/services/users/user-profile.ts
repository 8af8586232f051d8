import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/http/errors";
import { CodeEmail } from "@/lib/mail/templates/code-email";
import { verifyPassword } from "@/lib/security/password";
import { emailLookupHash } from "@/lib/security/pii";
import { recordAudit, type RequestContext } from "@/lib/services/audit/record-audit";
import { checkCode, issueCode } from "@/lib/services/auth/one-time-codes";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { queueEmail } from "@/lib/services/mail/queue-email";
import { updateProfileSchema, type UpdateProfileInput } from "@/lib/validation/auth";
import { openUserPii, sealUserPii } from "./user-pii";

const profileSelect = {
  id: true,
  legacyId: true,
  username: true,
  role: true,
  emailCipher: true,
  firstNameCipher: true,
  lastNameCipher: true,
  emailConfirmedAt: true,
  twoFactorEnabledAt: true,
  lastLoginAt: true,
  disabledAt: true,
  lockedUntil: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type Profile = Awaited<ReturnType<typeof getProfile>>;

/** A user's profile with personal data decrypted (integrity-checked; tampering throws). */
export async function getProfile(userId: string) {
  const row = await db.user.findUnique({ where: { id: userId }, select: profileSelect });
  if (!row) throw notFound("User");
  return toProfile(row);
}

export function toProfile(row: { [K in keyof typeof profileSelect]: unknown } & { id: string; emailCipher: string; firstNameCipher: string | null; lastNameCipher: string | null }) {
  const pii = openUserPii(row);
  return {
    id: row.id,
    legacyId: row.legacyId as number,
    username: row.username as string,
    role: row.role as "USER" | "ORGANIZER" | "STAFF" | "ADMIN",
    email: pii.email,
    firstName: pii.firstName,
    lastName: pii.lastName,
    emailConfirmed: Boolean(row.emailConfirmedAt),
    twoFactorEnabled: Boolean(row.twoFactorEnabledAt),
    lastLoginAt: row.lastLoginAt as Date | null,
    disabled: Boolean(row.disabledAt),
    lockedUntil: row.lockedUntil as Date | null,
    createdAt: row.createdAt as Date,
    updatedAt: row.updatedAt as Date,
  };
}
export { profileSelect };

/**
 * Updates names at once. A new e-mail address needs the password and is
 * applied only when confirmed with the code sent to it
 * (`confirmEmailChange`); until then the old address stays.
 */
export async function updateProfile(userId: string, input: UpdateProfileInput, context: RequestContext) {
  const data = updateProfileSchema.parse(input);
  const current = await getProfile(userId);
  const emailChange = data.email && data.email !== current.email ? data.email : undefined;
  let pendingEmail: string | undefined;
  if (emailChange) {
    if (!data.password) throw new AppError("BAD_REQUEST", "Enter your password to change your e-mail address", { fieldErrors: { password: ["Enter your password to change your e-mail address"] } });
    const secret = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    if (!(await verifyPassword(secret.passwordHash, data.password))) throw new AppError("BAD_REQUEST", "Password incorrect", { fieldErrors: { password: ["Password incorrect"] } });
    const taken = await db.user.findUnique({ where: { emailHash: emailLookupHash(emailChange) }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "That e-mail address is already in use", { fieldErrors: { email: ["That e-mail address is already in use"] } });
    pendingEmail = emailChange;
  }
  const names = {
    firstName: data.firstName !== undefined ? data.firstName : current.firstName,
    lastName: data.lastName !== undefined ? data.lastName : current.lastName,
  };
  const outboxId = await db.$transaction(async (tx) => {
    const sealed = sealUserPii(userId, { email: current.email, ...names });
    await tx.user.update({ where: { id: userId }, data: { firstNameCipher: sealed.firstNameCipher, lastNameCipher: sealed.lastNameCipher, emailCipher: sealed.emailCipher, piiKeyId: sealed.piiKeyId } });
    await recordAudit({ action: "profile.updated", actorId: userId, targetType: "user", targetId: userId, context, metadata: { emailChangeRequested: Boolean(pendingEmail) } }, tx);
    if (!pendingEmail) return null;
    const { code, expiresInMinutes } = await issueCode(userId, "EMAIL_CHANGE", tx, { email: pendingEmail });
    return queueEmail(
      {
        to: pendingEmail,
        subject: `Confirm your new e-mail address: ${code}`,
        template: "email-change",
        body: createElement(CodeEmail, { heading: "Confirm your new e-mail address", intro: "Enter this code in Tessera to move your account to this address:", code, expiresInMinutes }),
      },
      tx,
    );
  });
  if (outboxId) await deliverOutbox({ ids: [outboxId] });
  return { profile: await getProfile(userId), pendingEmail: pendingEmail ?? null };
}

/** Moves the account to the new address once its code is confirmed. */
export async function confirmEmailChange(userId: string, code: string, context: RequestContext) {
  const check = await checkCode(userId, "EMAIL_CHANGE", code);
  const email = (check.payload as { email?: string } | null)?.email;
  if (!email) throw new AppError("BAD_REQUEST", "Wrong code");
  const current = await getProfile(userId);
  await db.$transaction(async (tx) => {
    if (!(await check.consume(tx))) throw new AppError("BAD_REQUEST", "Wrong code");
    const sealed = sealUserPii(userId, { email, firstName: current.firstName, lastName: current.lastName });
    await tx.user.update({ where: { id: userId }, data: { ...sealed, emailConfirmedAt: new Date() } });
    await recordAudit({ action: "email.changed", actorId: userId, targetType: "user", targetId: userId, context }, tx);
  });
  return getProfile(userId);
}

/** Deletes the user's own account after checking the password. */
export async function deleteOwnAccount(userId: string, password: string, context: RequestContext) {
  const secret = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(secret.passwordHash, password))) throw new AppError("BAD_REQUEST", "Password incorrect", { fieldErrors: { password: ["Password incorrect"] } });
  await db.$transaction(async (tx) => {
    await recordAudit({ action: "user.deleted-self", targetType: "user", targetId: userId, context }, tx);
    await tx.user.delete({ where: { id: userId } });
  });
}
