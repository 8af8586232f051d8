import { generate } from "otplib";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetEnv } from "@/lib/env";
import { makeUser } from "@/tests/support/factories";
import { login } from "./login";
import { resolveSession, revokeUserSessions } from "./sessions";
import { beginTwoFactorSetup, confirmTwoFactor, verifySecondFactor } from "./two-factor";

const ctx = (ip = "10.77.0.1", userAgent = "agent-a") => ({ ip, userAgent });

afterEach(() => {
  delete process.env.SESSION_BIND_IP;
  delete process.env.SESSION_IDLE_HOURS;
  resetEnv();
});

describe("sessions", () => {
  it("resolve only for the same device, and end at once when revoked", async () => {
    const user = await makeUser();
    const { token } = await login({ identifier: user.username, password: "correct horse battery" }, ctx());
    expect(await resolveSession({ token }, ctx())).toMatchObject({ userId: user.id });
    expect(await resolveSession({ token }, ctx("10.77.0.1", "agent-b"))).toBeNull();
    expect(await resolveSession({ token: `${token}x` }, ctx())).toBeNull();
    await revokeUserSessions(user.id, "test");
    expect(await resolveSession({ token }, ctx())).toBeNull();
  });

  it("expire after the idle timeout and, when configured, bind to the IP", async () => {
    const user = await makeUser();
    const { token, sessionId } = await login({ identifier: user.username, password: "correct horse battery" }, ctx());
    process.env.SESSION_BIND_IP = "1";
    resetEnv();
    expect(await resolveSession({ token }, ctx("10.77.0.2"))).toBeNull();
    expect(await resolveSession({ token }, ctx())).not.toBeNull();
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 25 * 3_600_000) } });
    expect(await resolveSession({ token }, ctx())).toBeNull();
  });

  it("are new on every login", async () => {
    const user = await makeUser();
    const a = await login({ identifier: user.username, password: "correct horse battery" }, ctx());
    const b = await login({ identifier: user.username, password: "correct horse battery" }, ctx());
    expect(a.sessionId).not.toBe(b.sessionId);
    expect(a.token).not.toBe(b.token);
  });
});

describe("login lockout", () => {
  it("locks after five consecutive failures, for the configured time, and a success resets the count", async () => {
    const user = await makeUser();
    const attempt = (password: string) => login({ identifier: user.username, password }, ctx("10.77.1.1"));
    for (let i = 0; i < 4; i++) await expect(attempt("nope")).rejects.toMatchObject({ status: 401 });
    await attempt("correct horse battery"); // resets
    for (let i = 0; i < 4; i++) await expect(attempt("nope")).rejects.toMatchObject({ status: 401 });
    await expect(attempt("nope")).rejects.toMatchObject({ status: 423 });
    await expect(attempt("correct horse battery")).rejects.toMatchObject({ status: 423 });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    const audit = await db.auditLog.findMany({ where: { targetId: user.id, action: "account.locked" } });
    expect(audit).toHaveLength(1);
  });
});

describe("two-factor codes", () => {
  it("accept a TOTP code once, never again, and backup codes once each", async () => {
    const user = await makeUser();
    const setup = await beginTwoFactorSetup(user.id, ctx());
    await confirmTwoFactor(user.id, await generate({ secret: setup.secret }), ctx());
    // The code that enabled 2FA cannot be replayed.
    expect(await verifySecondFactor(user.id, await generate({ secret: setup.secret }))).toBe(false);
    const next = await generate({ secret: setup.secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const results = await Promise.all([verifySecondFactor(user.id, next), verifySecondFactor(user.id, next)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await verifySecondFactor(user.id, setup.backupCodes[3])).toBe(true);
    expect(await verifySecondFactor(user.id, setup.backupCodes[3])).toBe(false);
    expect(await verifySecondFactor(user.id, setup.backupCodes[4].replace("-", ""))).toBe(true);
    expect(await verifySecondFactor(user.id, "12345678")).toBe(false);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { twoFactorSecretCipher: true } });
    expect(stored.twoFactorSecretCipher).not.toContain(setup.secret);
    const hashes = await db.backupCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(hashes.every((h) => h.codeHash.startsWith("$argon2id$"))).toBe(true);
  });

  it("make login ask for a code, refuse a wrong one, and count it as a failure", async () => {
    const user = await makeUser();
    const setup = await beginTwoFactorSetup(user.id, ctx());
    await confirmTwoFactor(user.id, await generate({ secret: setup.secret }), ctx());
    const base = { identifier: user.username, password: "correct horse battery" };
    await expect(login(base, ctx())).rejects.toMatchObject({ status: 403, message: "2FA token required" });
    await expect(login({ ...base, twoFactorCode: "000000" }, ctx())).rejects.toMatchObject({ status: 403, message: "Invalid 2FA token" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(1);
    await expect(login({ ...base, twoFactorCode: setup.backupCodes[0] }, ctx())).resolves.toMatchObject({ user: { twoFactorEnabled: true } });
  });
});
