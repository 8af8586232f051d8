// S1 accounts: login (also S3's shape), register and checkToken, called as HTTP requests.
import { generate } from "otplib";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { login } from "@/lib/services/auth/login";
import { revokeSession } from "@/lib/services/auth/sessions";
import { beginTwoFactorSetup, confirmTwoFactor } from "@/lib/services/auth/two-factor";
import { findUserIdByIdentifier } from "@/lib/services/users/find-user";
import { getProfile } from "@/lib/services/users/user-profile";
import { api, TEST_USER_AGENT } from "@/tests/support/api";
import { lastCodeTo, lastMailTo, makeUser, tokenFor, uniq } from "@/tests/support/factories";
import { GET as checkToken } from "../checkToken/route";
import { POST as register } from "../register/route";
import { POST } from "./route";

const PASSWORD = "correct horse battery";
const STRONG = "Velvet-Harbor-Lantern-42";
const ctx = { ip: "10.30.1.250", userAgent: TEST_USER_AGENT };
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** No answer ever carries a password, a hash or an e-mailed code (API-CONTRACT rule 7). */
function expectNoSecrets(res: { text: string }, ...secrets: string[]) {
  expect(res.text).not.toContain("$argon2");
  for (const secret of secrets) expect(res.text).not.toContain(secret);
}

async function userWithTwoFactor() {
  const user = await makeUser();
  const setup = await beginTwoFactorSetup(user.id, ctx);
  await confirmTwoFactor(user.id, await generate({ secret: setup.secret }), ctx);
  return { user, setup };
}

const check = (username: string, token: string, options: { ip?: string; userAgent?: string } = {}) =>
  api.get(checkToken, { path: `/api/checkToken?${q({ username, token })}`, ip: options.ip ?? "10.30.1.30", userAgent: options.userAgent });

describe("POST /api/login", () => {
  afterEach(() => {
    process.env.RATE_LIMIT_LOGIN_FAILURES = "100000";
    resetEnv();
  });

  it("signs in with S1's query string: message, token, validDue and the token cookie", async () => {
    const user = await makeUser();
    const email = `${user.username}@example.test`;
    const before = Math.floor(Date.now() / 1000);
    const res = await api.post(POST, { path: `/api/login?${q({ username: email, password: PASSWORD })}`, ip: "10.30.1.1" });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ message: "Logged in successfully", token: expect.any(String), validDue: expect.any(Number) });
    expect(Number.isInteger(res.json.validDue)).toBe(true);
    expect(res.json.validDue as number).toBeGreaterThan(before + 3600);
    const cookie = res.setCookie.find((c) => c.startsWith("token="));
    expect(cookie).toContain(`token=${res.json.token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expectNoSecrets(res, PASSWORD);
    expect((await check(email, res.json.token as string)).json).toEqual({ message: "Token valid" });
  });

  it("accepts S3's JSON {email, password}, a form body and a plain username", async () => {
    const user = await makeUser();
    const s3 = await api.post(POST, { path: "/api/login", json: { email: `${user.username}@example.test`, password: PASSWORD }, ip: "10.30.1.2" });
    expect(s3.status).toBe(200);
    expect(s3.json).toMatchObject({ message: "Logged in successfully", token: expect.any(String), validDue: expect.any(Number) });
    const form = await api.post(POST, { path: "/api/login", form: { username: user.username, password: PASSWORD }, ip: "10.30.1.2" });
    expect(form.status).toBe(200);
    expect(form.json.token).not.toBe(s3.json.token);
  });

  it("answers 400 'Wrong username or password' for a wrong password or an unknown user", async () => {
    const user = await makeUser();
    const wrong = await api.post(POST, { path: `/api/login?${q({ username: user.username, password: "not the password" })}`, ip: "10.30.1.3" });
    expect(wrong.status).toBe(400);
    expect(wrong.json).toEqual({ message: "Wrong username or password" });
    expect(wrong.setCookie.some((c) => c.startsWith("token="))).toBe(false);
    const unknown = await api.post(POST, { path: `/api/login?${q({ username: "nobody@example.test", password: PASSWORD })}`, ip: "10.30.1.3" });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toEqual({ message: "Wrong username or password" });
    expectNoSecrets(wrong, "not the password");
  });

  it("refuses missing fields and malformed JSON with 400 and a clear message", async () => {
    const noUser = await api.post(POST, { path: `/api/login?${q({ password: PASSWORD })}`, ip: "10.30.1.4" });
    expect(noUser.status).toBe(400);
    expect(noUser.json.message).toMatch(/username/);
    const noPassword = await api.post(POST, { path: "/api/login?username=someone%40example.test", ip: "10.30.1.4" });
    expect(noPassword.status).toBe(400);
    expect(noPassword.json.message).toMatch(/password/);
    const malformed = await api.post(POST, { path: "/api/login", json: "{not json", ip: "10.30.1.4" });
    expect(malformed.status).toBe(400);
    expect(malformed.json).toEqual({ message: "Malformed JSON body" });
  });

  it("asks 2FA users for their code (403) and accepts a TOTP or backup code", async () => {
    const { user, setup } = await userWithTwoFactor();
    const without = await api.post(POST, { path: `/api/login?${q({ username: user.username, password: PASSWORD })}`, ip: "10.30.1.5" });
    expect(without.status).toBe(403);
    expect(without.json).toEqual({ message: "2FA token required" });
    const totp = await generate({ secret: setup.secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const withTotp = await api.post(POST, { path: `/api/login?${q({ username: user.username, password: PASSWORD, code: totp })}`, ip: "10.30.1.5" });
    expect(withTotp.status).toBe(200);
    const withBackup = await api.post(POST, { path: "/api/login", json: { email: user.username, password: PASSWORD, twoFactorToken: setup.backupCodes[0] }, ip: "10.30.1.5" });
    expect(withBackup.status).toBe(200);
    expectNoSecrets(withBackup, setup.secret, setup.backupCodes[0]);
  });

  it("locks the account (423) after five failures in a row", async () => {
    const user = await makeUser();
    const attempt = (password: string) => api.post(POST, { path: `/api/login?${q({ username: user.username, password })}`, ip: "10.30.1.6" });
    for (let i = 0; i < 4; i++) expect((await attempt("wrong password")).status).toBe(400);
    expect((await attempt("wrong password")).status).toBe(423);
    const locked = await attempt(PASSWORD);
    expect(locked.status).toBe(423);
    expect(locked.json.message).toMatch(/locked/i);
  });

  it("refuses an address with too many failures (429 with Retry-After)", async () => {
    process.env.RATE_LIMIT_LOGIN_FAILURES = "3";
    resetEnv();
    const user = await makeUser();
    const attempt = (password: string) => api.post(POST, { path: `/api/login?${q({ username: user.username, password })}`, ip: "10.30.1.7" });
    for (let i = 0; i < 3; i++) expect((await attempt("wrong password")).status).toBe(400);
    const limited = await attempt(PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("POST /api/register", () => {
  it("creates the account with the e-mail as username, e-mails a code and opens a session", async () => {
    const email = `${uniq("Signup")}@Example.test`;
    const res = await api.post(register, { path: `/api/register?${q({ username: email, password: STRONG })}`, ip: "10.30.1.10" });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ message: "User registered successfully", token: expect.any(String) });
    expect(res.setCookie.find((c) => c.startsWith("token="))).toContain(`token=${res.json.token}`);
    const userId = await findUserIdByIdentifier(email);
    const profile = await getProfile(userId as string);
    expect(profile).toMatchObject({ username: email.toLowerCase(), email: email.toLowerCase(), emailConfirmed: false });
    const code = await lastCodeTo(email.toLowerCase());
    expectNoSecrets(res, STRONG, code);
    expect((await check(email, res.json.token as string)).json).toEqual({ message: "Token valid" });
  });

  it("keeps a generated username when the e-mail does not fit the username rules", async () => {
    const email = `${uniq("a".repeat(60))}@example.test`;
    const res = await api.post(register, { path: `/api/register?${q({ username: email, password: STRONG })}`, ip: "10.30.1.11" });
    expect(res.status).toBe(200);
    const profile = await getProfile((await findUserIdByIdentifier(email)) as string);
    expect(profile.email).toBe(email);
    expect(profile.username).not.toBe(email);
    expect((await api.post(POST, { path: `/api/login?${q({ username: email, password: STRONG })}`, ip: "10.30.1.11" })).status).toBe(200);
  });

  it("accepts a JSON body", async () => {
    const email = `${uniq("json")}@example.test`;
    const res = await api.post(register, { path: "/api/register", json: { username: email, password: STRONG }, ip: "10.30.1.11" });
    expect(res.status).toBe(200);
    expect(await findUserIdByIdentifier(email)).toBeTruthy();
  });

  it("refuses weak passwords with 400 and the policy message, creating nothing", async () => {
    for (const password of ["mysecretpassword", "password123"]) {
      const email = `${uniq("weak")}@example.test`;
      const res = await api.post(register, { path: `/api/register?${q({ username: email, password })}`, ip: "10.30.1.12" });
      expect(res.status).toBe(400);
      expect(res.json.message).toMatch(/too easy to guess/);
      expect(res.json.errors).toHaveProperty("password");
      expect(await findUserIdByIdentifier(email)).toBeNull();
      expect(await lastMailTo(email)).toBeUndefined();
    }
    const short = await api.post(register, { path: `/api/register?${q({ username: `${uniq("short")}@example.test`, password: "Ab1-" })}`, ip: "10.30.1.12" });
    expect(short.status).toBe(400);
    expect(short.json.message).toMatch(/at least 8 characters/);
  });

  it("answers 409 'User already exists' for a taken e-mail (any case)", async () => {
    const user = await makeUser();
    const res = await api.post(register, { path: `/api/register?${q({ username: `${user.username.toUpperCase()}@EXAMPLE.TEST`, password: STRONG })}`, ip: "10.30.1.13" });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ message: "User already exists" });
  });

  it("refuses a username that is not an e-mail, a missing one and malformed JSON", async () => {
    const notEmail = await api.post(register, { path: `/api/register?${q({ username: uniq("plain"), password: STRONG })}`, ip: "10.30.1.14" });
    expect(notEmail.status).toBe(400);
    expect(notEmail.json.message).toMatch(/e-mail/);
    const missing = await api.post(register, { path: `/api/register?${q({ password: STRONG })}`, ip: "10.30.1.14" });
    expect(missing.status).toBe(400);
    expect(missing.json.message).toMatch(/username/);
    const malformed = await api.post(register, { path: "/api/register", json: "{\"username\":", ip: "10.30.1.14" });
    expect(malformed.status).toBe(400);
    expect(malformed.json).toEqual({ message: "Malformed JSON body" });
  });
});

describe("GET /api/checkToken", () => {
  it("says 'Token valid' for the user's live token, from the query, the token header or Bearer", async () => {
    const user = await makeUser();
    const token = await tokenFor(user.username);
    expect((await check(user.username, token)).json).toEqual({ message: "Token valid" });
    const header = await api.get(checkToken, { path: `/api/checkToken?username=${user.username}`, headers: { token }, ip: "10.30.1.31" });
    expect(header.status).toBe(200);
    expect(header.json).toEqual({ message: "Token valid" });
    const bearer = await api.get(checkToken, { path: `/api/checkToken?username=${user.username}`, token, ip: "10.30.1.31" });
    expect(bearer.json).toEqual({ message: "Token valid" });
  });

  it("says 'Token not valid' for a revoked session, another user's token, another user agent or garbage", async () => {
    const [user, other] = [await makeUser(), await makeUser()];
    const session = await login({ identifier: user.username, password: PASSWORD }, ctx);
    expect((await check(user.username, session.token)).json).toEqual({ message: "Token valid" });
    const otherAgent = await check(user.username, session.token, { userAgent: "Mozilla/5.0 (elsewhere)" });
    expect(otherAgent.status).toBe(200);
    expect(otherAgent.json).toEqual({ message: "Token not valid" });
    expect((await check(other.username, session.token)).json).toEqual({ message: "Token not valid" });
    expect((await check(user.username, "not-a-token")).json).toEqual({ message: "Token not valid" });
    await revokeSession(session.sessionId);
    const revoked = await check(user.username, session.token);
    expect(revoked.status).toBe(200);
    expect(revoked.json).toEqual({ message: "Token not valid" });
  });

  it("answers 404 for an unknown user and 400 without a username or token", async () => {
    const unknown = await check("nobody@example.test", "whatever");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ message: "User not found" });
    const noUser = await api.get(checkToken, { path: "/api/checkToken?token=abc", ip: "10.30.1.32" });
    expect(noUser.status).toBe(400);
    expect(noUser.json.message).toMatch(/username/);
    const noToken = await api.get(checkToken, { path: "/api/checkToken?username=someone", ip: "10.30.1.32" });
    expect(noToken.status).toBe(400);
    expect(noToken.json.message).toMatch(/token/);
  });
});
