import "server-only";
import { createHmac, hash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** An unguessable bearer token (256 bits), URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Hex SHA-256 (one-shot `crypto.hash`: no Hash object per call, on every request that carries a token). */
export function sha256(value: string): string {
  return hash("sha256", value, "hex");
}

/**
 * Hash of a short secret (a 6-digit code): keyed with AUTH_SECRET, so a
 * leaked table cannot be reversed by trying the million possible codes.
 */
export function codeHash(purpose: string, userId: string, code: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`${purpose}:${userId}:${code}`).digest("hex");
}

export function sixDigitCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
