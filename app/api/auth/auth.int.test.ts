import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { findUserIdByEmail } from "@/lib/services/users/find-user";
import { getProfile } from "@/lib/services/users/user-profile";
import { api } from "@/tests/support/api";
import { lastCodeTo, makeUser, tokenFor, uniq } from "@/tests/support/factories";
import { POST as loginRoute } from "./login/route";
import { POST as logoutRoute } from "./logout/route";
import { POST as signupRoute } from "./signup/route";
import { POST as toggleRoute } from "./toogle_twofa/route";
import { POST as verifyRoute } from "./verify_twofa/route";
import { GET as meRoute } from "../users/me/route";

// tests/support/api.ts types route params as string | string[], withApi's routes as string: adapt the type only.
const route = (handler: unknown) => handler as Parameters<typeof api.get>[0];
const login = route(loginRoute);
const logout = route(logoutRoute);
const signup = route(signupRoute);
const toggleTwoFactor = route(toggleRoute);
const verifyTwoFactor = route(verifyRoute);
const me = route(meRoute);

const PASSWORD = "correct horse battery";
const STRONG = "Velvet-Harbor-Lantern-42";

/** No response may carry a password, a hash, or the given secrets (TOTP secret, e-mailed codes). */
function expectNoSecrets(res: { text: string }, ...secrets: string[]) {
  for (const secret of [PASSWORD, STRONG, "$argon2", "passwordHash", ...secrets]) expect(res.text).not.toContain(secret);
}

async function userWithEmail(role: "USER" | "ADMIN" = "USER") {
  const user = await makeUser(role);
  return { ...user, email: (await getProfile(user.id)).email };
}

/** A user with 2FA switched on through the two S0 endpoints; returns the secret. */
async function userWithTwoFactor(ip: string) {
  const user = await userWithEmail();
  const token = await tokenFor(user.username);
  const setup = await api.post(toggleTwoFactor, { path: "/api/auth/toogle_twofa", token, ip });
  const secret = setup.json.secret as string;
  const verified = await api.post(verifyTwoFactor, { path: "/api/auth/verify_twofa", token, json: { code: await generate({ secret }) }, ip });
  expect(verified.status).toBe(200);
  return { user, token, secret };
}

const nextStepCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

describe("POST /api/auth/signup (S2)", () => {
  const ip = "10.20.1.1";

  it("creates the user: 201 {_id, username, email, __v: 0}, never the password", async () => {
    const username = uniq("s2");
    const res = await api.post(signup, { path: "/api/auth/signup", json: { username, email: `${username}@example.test`, password: STRONG }, ip });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ _id: expect.any(String), username, email: `${username}@example.test`, __v: 0 });
    expect(res.json).not.toHaveProperty("password");
    expectNoSecrets(res, await lastCodeTo(`${username}@example.test`));
    expect(await findUserIdByEmail(`${username}@example.test`)).toBe(res.json._id);
  });

  it("answers 409 'User already exists' for a taken e-mail or username", async () => {
    const taken = await userWithEmail();
    const byEmail = await api.post(signup, { path: "/api/auth/signup", json: { username: uniq("s2"), email: taken.email, password: STRONG }, ip });
    expect(byEmail.status).toBe(409);
    expect(byEmail.json).toEqual({ message: "User already exists" });
    const byName = await api.post(signup, { path: "/api/auth/signup", json: { username: taken.username, email: `${uniq("s2")}@example.test`, password: STRONG }, ip });
    expect(byName.status).toBe(409);
    expect(byName.json.message).toBe("User already exists");
  });

  it("refuses bad input with 400 and creates nothing", async () => {
    const username = uniq("s2");
    const weak = await api.post(signup, { path: "/api/auth/signup", json: { username, email: `${username}@example.test`, password: "password123" }, ip });
    expect(weak.status).toBe(400);
    expect(weak.json.errors).toHaveProperty("password");
    const badEmail = await api.post(signup, { path: "/api/auth/signup", json: { username, email: "not-an-email", password: STRONG }, ip });
    expect(badEmail.status).toBe(400);
    expect(badEmail.json.message).toMatch(/email/i);
    const missing = await api.post(signup, { path: "/api/auth/signup", json: { email: `${username}@example.test` }, ip });
    expect(missing.status).toBe(400);
    const malformed = await api.post(signup, { path: "/api/auth/signup", json: "{not json", ip });
    expect(malformed.status).toBe(400);
    expect(await findUserIdByEmail(`${username}@example.test`)).toBeNull();
  });
});

describe("POST /api/auth/login (S0 and S2)", () => {
  const ip = "10.20.2.1";

  it("S2 {email, password}: 201 with message, success, token, email, username and the token cookie", async () => {
    const user = await userWithEmail();
    const res = await api.post(login, { path: "/api/auth/login", json: { email: user.email, password: PASSWORD }, ip });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ message: "Logged in", success: true, token: expect.any(String), email: user.email, username: user.username });
    expect(res.setCookie.join(";")).toMatch(/token=[^;]+;.*HttpOnly/i);
    expectNoSecrets(res);
    const who = await api.get(me, { path: "/api/users/me", token: res.json.token as string, ip });
    expect(who.json.username).toBe(user.username);
  });

  it("S0 {username, password}: the same answer, and the token works", async () => {
    const user = await userWithEmail();
    const res = await api.post(login, { path: "/api/auth/login", json: { username: user.username, password: PASSWORD }, ip });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ token: expect.any(String), username: user.username, email: user.email, success: true });
    const who = await api.get(me, { path: "/api/users/me", token: res.json.token as string, ip });
    expect(who.status).toBe(200);
  });

  it("answers 404 'User not found' for an unknown e-mail or username", async () => {
    const res = await api.post(login, { path: "/api/auth/login", json: { email: `${uniq("nobody")}@example.test`, password: PASSWORD }, ip });
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ message: "User not found" });
    const byName = await api.post(login, { path: "/api/auth/login", json: { username: uniq("nobody"), password: PASSWORD }, ip });
    expect(byName.status).toBe(404);
  });

  it("answers 400 'Invalid credentials' for a wrong password, with no token or cookie", async () => {
    const user = await userWithEmail();
    const res = await api.post(login, { path: "/api/auth/login", json: { email: user.email, password: "wrong horse battery" }, ip });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ message: "Invalid credentials" });
    expect(res.setCookie).toEqual([]);
  });

  it("refuses bad input with 400 and a clear message", async () => {
    const noIdentifier = await api.post(login, { path: "/api/auth/login", json: { password: PASSWORD }, ip });
    expect(noIdentifier.status).toBe(400);
    expect(noIdentifier.json.message).toMatch(/username/i);
    const noPassword = await api.post(login, { path: "/api/auth/login", json: { username: "someone" }, ip });
    expect(noPassword.status).toBe(400);
    expect(noPassword.json.message).toMatch(/password/i);
  });

  it("asks for the 2FA code when 2FA is on, and accepts it as `code`", async () => {
    const { user, secret } = await userWithTwoFactor(ip);
    const without = await api.post(login, { path: "/api/auth/login", json: { username: user.username, password: PASSWORD }, ip });
    expect(without.status).toBe(403);
    expect(without.json.message).toBe("2FA token required");
    const withCode = await api.post(login, { path: "/api/auth/login", json: { username: user.username, password: PASSWORD, code: await nextStepCode(secret) }, ip });
    expect(withCode.status).toBe(201);
    expectNoSecrets(withCode, secret);
  });
});

describe("POST /api/auth/logout (S0 and S2)", () => {
  const ip = "10.20.3.1";

  it("revokes the session and clears the cookie; the token then gets 401", async () => {
    const user = await makeUser();
    const token = await tokenFor(user.username);
    const res = await api.post(logout, { path: "/api/auth/logout", token, ip });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ message: "Logged out successfully!" });
    expect(res.setCookie.join(";")).toMatch(/token=;/);
    expect((await api.get(me, { path: "/api/users/me", token, ip })).status).toBe(401);
    expect((await api.post(logout, { path: "/api/auth/logout", token, ip })).status).toBe(401);
  });

  it("works with the token cookie, and answers 401 without a token", async () => {
    const user = await makeUser();
    const token = await tokenFor(user.username);
    const res = await api.post(logout, { path: "/api/auth/logout", cookies: { token }, ip });
    expect(res.status).toBe(200);
    const anonymous = await api.post(logout, { path: "/api/auth/logout", ip });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.message).toBeTruthy();
  });
});

describe("POST /api/auth/toogle_twofa and /api/auth/verify_twofa (S0)", () => {
  const ip = "10.20.4.1";

  it("turns on in two steps: setup data once, then a verified code", async () => {
    const user = await userWithEmail();
    const token = await tokenFor(user.username);
    const setup = await api.post(toggleTwoFactor, { path: "/api/auth/toogle_twofa", token, ip });
    expect(setup.status).toBe(200);
    expect(setup.json).toMatchObject({ message: "Two-factor authentication enabled!", two_factor: "pending_verification", secret: expect.any(String) });
    expect(setup.json.otpauth_uri).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.json.qr_code).toMatch(/^data:image\/png;base64,/);
    expect(setup.json.backup_codes).toHaveLength(10);
    expect(setup.headers.get("cache-control")).toBe("no-store");
    const secret = setup.json.secret as string;
    // Pending: sign-in does not ask for a code yet.
    expect((await getProfile(user.id)).twoFactorEnabled).toBe(false);

    const verified = await api.post(verifyTwoFactor, { path: "/api/auth/verify_twofa", token, json: { code: await generate({ secret }) }, ip });
    expect(verified.status).toBe(200);
    expect(verified.json).toEqual({ message: "Two-factor authentication verified!" });
    expect((await getProfile(user.id)).twoFactorEnabled).toBe(true);
    const who = await api.get(me, { path: "/api/users/me", token, ip });
    expect(who.json.two_factor_enabled).toBe(true);
    expectNoSecrets(who, secret);
    expectNoSecrets(verified, secret);
  });

  it("verify_twofa: 400 without a setup, 403 for a wrong code, 400 for a malformed one, 400 once enabled", async () => {
    const user = await makeUser();
    const token = await tokenFor(user.username);
    const noSetup = await api.post(verifyTwoFactor, { path: "/api/auth/verify_twofa", token, json: { code: "123456" }, ip });
    expect(noSetup.status).toBe(400);
    expect(noSetup.json.message).toBe("Setup not initiated");
    const setup = await api.post(toggleTwoFactor, { path: "/api/auth/toogle_twofa", token, ip });
    const secret = setup.json.secret as string;
    const current = await generate({ secret });
    const wrong = await api.post(verifyTwoFactor, { path: "/api/auth/verify_twofa", token, json: { code: current === "000000" ? "111111" : "000000" }, ip });
    expect(wrong.status).toBe(403);
    expect(wrong.json.message).toBe("Invalid token");
    const malformed = await api.post(verifyTwoFactor, { path: "/api/auth/verify_twofa", token, json: {}, ip });
    expect(malformed.status).toBe(400);
    expect(malformed.json.message).toMatch(/code/i);
    expect((await getProfile(user.id)).twoFactorEnabled).toBe(false);
    expect((await api.post(verifyTwoFactor, { path: "/api/auth/verify_twofa", token, json: { code: current }, ip })).status).toBe(200);
    const again = await api.post(verifyTwoFactor, { path: "/api/auth/verify_twofa", token, json: { code: await nextStepCode(secret) }, ip });
    expect(again.status).toBe(400);
    expect(again.json.message).toBe("2FA already enabled");
    expectNoSecrets(again, secret);
  });

  it("turns off with password and code only: 400 without them, 401 wrong password, 403 wrong code", async () => {
    const { user, token, secret } = await userWithTwoFactor(ip);
    const bare = await api.post(toggleTwoFactor, { path: "/api/auth/toogle_twofa", token, ip });
    expect(bare.status).toBe(400);
    expect(bare.json.message).toMatch(/password and a current code/);
    expect(bare.json.errors).toHaveProperty("password");
    expectNoSecrets(bare, secret);
    const wrongPassword = await api.post(toggleTwoFactor, { path: "/api/auth/toogle_twofa", token, json: { password: "wrong horse battery", code: "123456" }, ip });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.json.message).toBe("Invalid password");
    const wrongCode = await api.post(toggleTwoFactor, { path: "/api/auth/toogle_twofa", token, json: { password: PASSWORD, code: "000000" }, ip });
    expect(wrongCode.status).toBe(403);
    expect((await getProfile(user.id)).twoFactorEnabled).toBe(true);

    const off = await api.post(toggleTwoFactor, { path: "/api/auth/toogle_twofa", token, json: { password: PASSWORD, code: await nextStepCode(secret) }, ip });
    expect(off.status).toBe(200);
    expect(off.json).toEqual({ message: "Two-factor authentication disabled!", two_factor: "disabled" });
    expect((await getProfile(user.id)).twoFactorEnabled).toBe(false);
    const signIn = await api.post(login, { path: "/api/auth/login", json: { username: user.username, password: PASSWORD }, ip });
    expect(signIn.status).toBe(201);
  });

  it("both answer 401 without a session and after logout", async () => {
    expect((await api.post(toggleTwoFactor, { path: "/api/auth/toogle_twofa", ip })).status).toBe(401);
    expect((await api.post(verifyTwoFactor, { path: "/api/auth/verify_twofa", json: { code: "123456" }, ip })).status).toBe(401);
    const user = await makeUser();
    const token = await tokenFor(user.username);
    await api.post(logout, { path: "/api/auth/logout", token, ip });
    expect((await api.post(toggleTwoFactor, { path: "/api/auth/toogle_twofa", token, ip })).status).toBe(401);
    expect((await getProfile(user.id)).twoFactorEnabled).toBe(false);
  });
});
