import "server-only";
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { db, type DbTx } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { open, seal } from "@/lib/security/pii";
import { recordAudit, type RequestContext } from "@/lib/services/audit/record-audit";
import { openUserPii } from "@/lib/services/users/user-pii";

const ISSUER = "Tessera";
const PERIOD = 30;
const BACKUP_CODE_COUNT = 10;

const secretAad = (userId: string) => `user:${userId}:totp`;

/** Ten codes like "4821-9034", shown once; only their argon2 hashes are kept. */
function newBackupCodes(): string[] {
  return Array.from({ length: BACKUP_CODE_COUNT }, () => {
    const digits = String(randomBytes(5).readUIntBE(0, 5) % 100_000_000).padStart(8, "0");
    return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  });
}

async function storeBackupCodes(userId: string, codes: string[], tx: DbTx) {
  await tx.backupCode.deleteMany({ where: { userId } });
  const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
  await tx.backupCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
}

/**
 * Starts 2FA setup: a new secret (kept encrypted as pending), its otpauth URI
 * and QR image, and fresh backup codes. Nothing changes at sign-in until
 * `confirmTwoFactor` verifies a code from the authenticator.
 */
export async function beginTwoFactorSetup(userId: string, context: RequestContext) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, twoFactorEnabledAt: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } });
  if (user.twoFactorEnabledAt) throw new AppError("BAD_REQUEST", "2FA already enabled");
  const secret = generateSecret();
  const { email } = openUserPii(user);
  const otpauthUri = generateURI({ issuer: ISSUER, label: email, secret, period: PERIOD });
  const backupCodes = newBackupCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { twoFactorPendingCipher: seal(secret, secretAad(userId)) } });
    await storeBackupCodes(userId, backupCodes, tx);
    await recordAudit({ action: "2fa.setup-started", actorId: userId, targetType: "user", targetId: userId, context }, tx);
  });
  return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 240 }), backupCodes };
}

type TotpCheck = { valid: false } | { valid: true; step: bigint };

async function checkTotp(secret: string, code: string, lastStep: bigint | null): Promise<TotpCheck> {
  if (!/^\d{6}$/.test(code)) return { valid: false };
  const epoch = Math.floor(Date.now() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: PERIOD, period: PERIOD });
  if (!result.valid) return { valid: false };
  const step = BigInt(Math.floor(epoch / PERIOD) + (result.delta ?? 0));
  // A code is accepted once: not again, and no older one after it.
  if (lastStep !== null && step <= lastStep) return { valid: false };
  return { valid: true, step };
}

/** Activates 2FA with a code from the authenticator (S4 verify, S0 verify_twofa). */
export async function confirmTwoFactor(userId: string, code: string, context: RequestContext) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { twoFactorPendingCipher: true, twoFactorEnabledAt: true, twoFactorLastStep: true },
  });
  if (user.twoFactorEnabledAt) throw new AppError("BAD_REQUEST", "2FA already enabled");
  if (!user.twoFactorPendingCipher) throw new AppError("BAD_REQUEST", "Setup not initiated");
  const secret = open(user.twoFactorPendingCipher, secretAad(userId), "2FA secret");
  const check = await checkTotp(secret, code.trim(), user.twoFactorLastStep);
  if (!check.valid) throw new AppError("FORBIDDEN", "Invalid token");
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { twoFactorSecretCipher: user.twoFactorPendingCipher, twoFactorPendingCipher: null, twoFactorEnabledAt: new Date(), twoFactorLastStep: check.step },
    });
    await recordAudit({ action: "2fa.enabled", actorId: userId, targetType: "user", targetId: userId, context }, tx);
  });
}

/**
 * Checks a second factor: a current TOTP code (each accepted once) or an
 * unused backup code (then spent). Returns false for anything else.
 */
export async function verifySecondFactor(userId: string, code: string, tx: DbTx = db): Promise<boolean> {
  const value = code.trim();
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { twoFactorSecretCipher: true, twoFactorLastStep: true },
  });
  if (!user.twoFactorSecretCipher) return false;
  if (/^\d{6}$/.test(value)) {
    const check = await checkTotp(open(user.twoFactorSecretCipher, secretAad(userId), "2FA secret"), value, user.twoFactorLastStep);
    if (!check.valid) return false;
    // Conditional update: two concurrent uses of one code cannot both win.
    const { count } = await tx.user.updateMany({
      where: { id: userId, OR: [{ twoFactorLastStep: null }, { twoFactorLastStep: { lt: check.step } }] },
      data: { twoFactorLastStep: check.step },
    });
    return count === 1;
  }
  if (!/^\d{4}-?\d{4}$/.test(value)) return false;
  const normalized = value.includes("-") ? value : `${value.slice(0, 4)}-${value.slice(4)}`;
  const codes = await tx.backupCode.findMany({ where: { userId, usedAt: null }, omit: { codeHash: false } });
  for (const backup of codes) {
    if (await verifyPassword(backup.codeHash, normalized)) {
      const { count } = await tx.backupCode.updateMany({ where: { id: backup.id, usedAt: null }, data: { usedAt: new Date() } });
      return count === 1;
    }
  }
  return false;
}

/** Turns 2FA off; needs the password and a current code (S4 disable). */
export async function disableTwoFactor(userId: string, input: { password: string; code: string }, context: RequestContext) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, twoFactorEnabledAt: true } });
  if (!user.twoFactorEnabledAt) throw new AppError("BAD_REQUEST", "2FA is not enabled");
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError("UNAUTHENTICATED", "Invalid password");
  if (!(await verifySecondFactor(userId, input.code))) throw new AppError("FORBIDDEN", "Invalid 2FA token");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { twoFactorSecretCipher: null, twoFactorPendingCipher: null, twoFactorEnabledAt: null } });
    await tx.backupCode.deleteMany({ where: { userId } });
    await recordAudit({ action: "2fa.disabled", actorId: userId, targetType: "user", targetId: userId, context }, tx);
  });
}

/** New backup codes (the old ones stop working); needs a current code. */
export async function regenerateBackupCodes(userId: string, code: string, context: RequestContext) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { twoFactorEnabledAt: true } });
  if (!user.twoFactorEnabledAt) throw new AppError("BAD_REQUEST", "2FA is not enabled");
  if (!(await verifySecondFactor(userId, code))) throw new AppError("FORBIDDEN", "Invalid 2FA token");
  const backupCodes = newBackupCodes();
  await db.$transaction(async (tx) => {
    await storeBackupCodes(userId, backupCodes, tx);
    await recordAudit({ action: "2fa.backup-codes-regenerated", actorId: userId, targetType: "user", targetId: userId, context }, tx);
  });
  return backupCodes;
}

export async function remainingBackupCodes(userId: string) {
  return db.backupCode.count({ where: { userId, usedAt: null } });
}
