import "server-only";
import { randomInt } from "node:crypto";
import { db, type DbTx } from "@/lib/db/client";
import type { OneTimeCodePurpose, Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { codeHash, safeEqual, sixDigitCode } from "@/lib/security/tokens";

export const CODE_RULES: Record<OneTimeCodePurpose, { minutes: number; maxAttempts: number }> = {
  EMAIL_CONFIRMATION: { minutes: 15, maxAttempts: 5 },
  EMAIL_CHANGE: { minutes: 15, maxAttempts: 5 },
  PASSWORD_RESET: { minutes: 20, maxAttempts: 5 },
};

export const RESEND_COOLDOWN_SECONDS = 60;

const RESET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** 10 characters without look-alikes (~50 bits): typed from an e-mail or carried in a link. */
function resetCode(): string {
  return Array.from({ length: 10 }, () => RESET_ALPHABET[randomInt(RESET_ALPHABET.length)]).join("");
}

/** Seconds until another code of this purpose may be sent, or 0. */
export async function cooldownSeconds(userId: string, purpose: OneTimeCodePurpose): Promise<number> {
  const last = await db.oneTimeCode.findFirst({ where: { userId, purpose }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  if (!last) return 0;
  const elapsed = (Date.now() - last.createdAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(RESEND_COOLDOWN_SECONDS - elapsed));
}

/** Issues a fresh code (older ones of the same purpose stop working); returns it for the e-mail only. */
export async function issueCode(userId: string, purpose: OneTimeCodePurpose, tx: DbTx, payload?: Prisma.InputJsonValue) {
  const code = purpose === "PASSWORD_RESET" ? resetCode() : sixDigitCode();
  const rules = CODE_RULES[purpose];
  await tx.oneTimeCode.updateMany({ where: { userId, purpose, consumedAt: null }, data: { consumedAt: new Date() } });
  await tx.oneTimeCode.create({
    data: { userId, purpose, codeHash: codeHash(purpose, userId, code), payload, maxAttempts: rules.maxAttempts, expiresAt: new Date(Date.now() + rules.minutes * 60_000) },
  });
  return { code, expiresInMinutes: rules.minutes };
}

export type CodeCheckErrors = { wrong: string; expired: string; exhausted: string };
const DEFAULT_ERRORS: CodeCheckErrors = {
  wrong: "Wrong code",
  expired: "The code has expired. Request a new one.",
  exhausted: "Too many wrong attempts. Request a new code.",
};

/**
 * Checks the user's current code of a purpose. A wrong guess is counted
 * (atomically) and refused; the code is consumed only when `consume` runs,
 * inside the caller's transaction, so a failure later changes nothing.
 */
export async function checkCode(userId: string, purpose: OneTimeCodePurpose, code: string, errors: Partial<CodeCheckErrors> = {}) {
  const messages = { ...DEFAULT_ERRORS, ...errors };
  const current = await db.oneTimeCode.findFirst({
    where: { userId, purpose, consumedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, codeHash: true, attempts: true, maxAttempts: true, expiresAt: true, payload: true },
  });
  if (!current) throw new AppError("BAD_REQUEST", messages.wrong);
  if (current.expiresAt <= new Date()) throw new AppError("BAD_REQUEST", messages.expired);
  if (current.attempts >= current.maxAttempts) throw new AppError("BAD_REQUEST", messages.exhausted);
  const normalized = purpose === "PASSWORD_RESET" ? code.trim().toUpperCase() : code.trim();
  if (!safeEqual(current.codeHash, codeHash(purpose, userId, normalized))) {
    const { count } = await db.oneTimeCode.updateMany({ where: { id: current.id, attempts: { lt: current.maxAttempts } }, data: { attempts: { increment: 1 } } });
    throw new AppError("BAD_REQUEST", count ? messages.wrong : messages.exhausted);
  }
  return {
    payload: current.payload,
    /** Spends the code; false when a concurrent request spent it first. */
    consume: async (tx: DbTx) => (await tx.oneTimeCode.updateMany({ where: { id: current.id, consumedAt: null }, data: { consumedAt: new Date() } })).count === 1,
  };
}
