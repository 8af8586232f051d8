// S1 password reset: forgotPassword / forgot-password and resetPassword / reset-password.
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { beginTwoFactorSetup, confirmTwoFactor } from "@/lib/services/auth/two-factor";
import { api, TEST_USER_AGENT } from "@/tests/support/api";
import { lastMailTo, makeUser, tokenFor } from "@/tests/support/factories";
import { GET as checkToken } from "../checkToken/route";
import { POST as forgotDashed } from "../forgot-password/route";
import { POST as forgot } from "../forgotPassword/route";
import { POST as login } from "../login/route";
import { POST as resetDashed } from "../reset-password/route";
import { POST } from "./route";

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "Copper-Meadow-Violin-77";
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

async function resetCodeFor(email: string): Promise<string> {
  const code = (await lastMailTo(email))?.text.match(/\b[A-Z2-9]{10}\b/)?.[0];
  if (!code) throw new Error(`no reset code in the last e-mail to ${email}`);
  return code;
}

async function userWithResetCode(ip: string, forgotHandler = forgot) {
  const user = await makeUser();
  const email = `${user.username}@example.test`;
  const res = await api.post(forgotHandler, { path: `/api/forgotPassword?${q({ username: email })}`, ip });
  expect(res).toMatchObject({ status: 200, json: { message: "Email sent successfully" } });
  const code = await resetCodeFor(email);
  expect(res.text).not.toContain(code);
  return { user, email, code };
}

const reset = (params: Record<string, string>, ip = "10.30.3.20", handler = POST) => api.post(handler, { path: `/api/resetPassword?${q(params)}`, ip });
const signIn = (username: string, password: string) => api.post(login, { path: `/api/login?${q({ username, password })}`, ip: "10.30.3.30" });

describe("POST /api/forgotPassword and /api/forgot-password", () => {
  it("e-mails a reset code under both spellings", async () => {
    await userWithResetCode("10.30.3.1");
    await userWithResetCode("10.30.3.1", forgotDashed);
  });

  it("answers 404 for an unknown user, 400 without a username or with malformed JSON", async () => {
    const unknown = await api.post(forgot, { path: "/api/forgotPassword?username=nobody%40example.test", ip: "10.30.3.2" });
    expect(unknown).toMatchObject({ status: 404, json: { message: "User not found" } });
    const missing = await api.post(forgotDashed, { path: "/api/forgot-password", ip: "10.30.3.2" });
    expect(missing.status).toBe(400);
    expect(missing.json.message).toMatch(/username/);
    const malformed = await api.post(forgot, { path: "/api/forgotPassword", json: "{", ip: "10.30.3.2" });
    expect(malformed).toMatchObject({ status: 400, json: { message: "Malformed JSON body" } });
  });
});

describe("POST /api/resetPassword and /api/reset-password", () => {
  it("sets the new password once, ends every session, and refuses the same code again", async () => {
    const { user, email, code } = await userWithResetCode("10.30.3.3");
    const oldToken = await tokenFor(email);
    const check = () => api.get(checkToken, { path: `/api/checkToken?${q({ username: email, token: oldToken })}`, ip: "10.30.3.31" });
    expect((await check()).json).toEqual({ message: "Token valid" });

    const res = await reset({ username: email, password: NEW_PASSWORD, secret_code: code });
    expect(res).toMatchObject({ status: 200, json: { message: "Password reset successfully" } });
    expect(res.text).not.toContain(code);
    expect(res.text).not.toContain(NEW_PASSWORD);
    expect(res.text).not.toContain("$argon2");

    expect((await check()).json).toEqual({ message: "Token not valid" });
    expect((await signIn(user.username, PASSWORD)).status).toBe(400);
    expect((await signIn(user.username, NEW_PASSWORD)).status).toBe(200);
    const again = await reset({ username: email, password: "Another-Quiet-Harbor-19", secret_code: code });
    expect(again).toMatchObject({ status: 400, json: { message: "Wrong secret code" } });
    expect((await signIn(user.username, NEW_PASSWORD)).status).toBe(200);
  });

  it("works under /api/reset-password with a JSON body and a lower-case code", async () => {
    const { user, email, code } = await userWithResetCode("10.30.3.4", forgotDashed);
    const res = await api.post(resetDashed, { path: "/api/reset-password", json: { username: email, password: NEW_PASSWORD, secret_code: code.toLowerCase() }, ip: "10.30.3.21" });
    expect(res).toMatchObject({ status: 200, json: { message: "Password reset successfully" } });
    expect((await signIn(user.username, NEW_PASSWORD)).status).toBe(200);
  });

  it("answers 400 'Wrong secret code', 404 for an unknown user and 400 for a weak password", async () => {
    const { user, email, code } = await userWithResetCode("10.30.3.5");
    expect(await reset({ username: email, password: NEW_PASSWORD, secret_code: "ABCDEFGH23" })).toMatchObject({ status: 400, json: { message: "Wrong secret code" } });
    expect(await reset({ username: "nobody@example.test", password: NEW_PASSWORD, secret_code: code })).toMatchObject({ status: 404, json: { message: "User not found" } });
    const weak = await reset({ username: email, password: "mysecretpassword", secret_code: code });
    expect(weak.status).toBe(400);
    expect(weak.json.message).toMatch(/too easy to guess/);
    expect(weak.text).not.toContain("mysecretpassword");
    // Nothing changed: the old password still works and the code is still good.
    expect((await signIn(user.username, PASSWORD)).status).toBe(200);
    expect(await reset({ username: email, password: NEW_PASSWORD, secret_code: code })).toMatchObject({ status: 200 });
  });

  it("refuses missing fields and malformed JSON with 400", async () => {
    const { email } = await userWithResetCode("10.30.3.6");
    const noCode = await reset({ username: email, password: NEW_PASSWORD });
    expect(noCode.status).toBe(400);
    expect(noCode.json.message).toMatch(/secret_code/);
    const noPassword = await reset({ username: email, secret_code: "ABCDEFGH23" });
    expect(noPassword.status).toBe(400);
    expect(noPassword.json.message).toMatch(/password/);
    const noUser = await reset({ password: NEW_PASSWORD, secret_code: "ABCDEFGH23" });
    expect(noUser.status).toBe(400);
    expect(noUser.json.message).toMatch(/username/);
    const malformed = await api.post(POST, { path: "/api/resetPassword", json: "[1,", ip: "10.30.3.22" });
    expect(malformed).toMatchObject({ status: 400, json: { message: "Malformed JSON body" } });
  });

  it("asks 2FA users for their code (403) and accepts a TOTP code", async () => {
    const user = await makeUser();
    const email = `${user.username}@example.test`;
    const ctx = { ip: "10.30.3.7", userAgent: TEST_USER_AGENT };
    const setup = await beginTwoFactorSetup(user.id, ctx);
    await confirmTwoFactor(user.id, await generate({ secret: setup.secret }), ctx);
    await api.post(forgot, { path: `/api/forgotPassword?${q({ username: email })}`, ip: "10.30.3.7" });
    const code = await resetCodeFor(email);
    const without = await reset({ username: email, password: NEW_PASSWORD, secret_code: code });
    expect(without).toMatchObject({ status: 403, json: { message: "2FA token required" } });
    const wrong = await reset({ username: email, password: NEW_PASSWORD, secret_code: code, code: "000000" });
    expect(wrong).toMatchObject({ status: 403, json: { message: "Invalid 2FA token" } });
    const totp = await generate({ secret: setup.secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const ok = await reset({ username: email, password: NEW_PASSWORD, secret_code: code, code: totp });
    expect(ok).toMatchObject({ status: 200, json: { message: "Password reset successfully" } });
  });
});
