// S4 ("EventShield") signup, login, logout and session security, through the route handlers.
import { describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { getProfile } from "@/lib/services/users/user-profile";
import { api } from "@/tests/support/api";
import { lastMailTo, makeUser, tokenFor } from "@/tests/support/factories";
import { expectNoSecrets, expectS4Error, FACTORY_PASSWORD, route, STRONG_PASSWORD } from "./_lib/test-support";
import { POST as loginRoute } from "./login/route";
import { POST as logoutRoute } from "./logout/route";
import { GET as profileRoute } from "./profile/route";
import { POST as signupRoute } from "./signup/route";

const login = route(loginRoute);
const logout = route(logoutRoute);
const profile = route(profileRoute);
const signup = route(signupRoute);

const IP = "10.40.1.1";
const newEmail = () => `s4-auth-${Math.random().toString(36).slice(2, 10)}@example.test`;

async function factoryUser(role: "USER" | "ADMIN" = "USER") {
  const user = await makeUser(role);
  return { ...user, email: (await getProfile(user.id)).email };
}

describe("POST /api/user/signup", () => {
  it("creates a user with a lower-case role and e-mails a confirmation code", async () => {
    const email = newEmail();
    const res = await api.post(signup, { path: "/api/user/signup", json: { firstname: "John", lastname: "Doe", email: email.toUpperCase(), password: STRONG_PASSWORD }, ip: IP });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({
      success: true,
      message: "User created successfully! Please enable 2FA for enhanced security.",
      data: { firstname: "John", lastname: "Doe", email, role: "user" },
    });
    const data = res.json.data as Record<string, string>;
    expect(data._id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(data.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(Object.keys(data).sort()).toEqual(["_id", "createdAt", "email", "firstname", "lastname", "role"]);
    expectNoSecrets(res);
    expect((await lastMailTo(email))?.text).toMatch(/\b\d{6}\b/);
  });

  it("answers 400 'Missing required fields' when a field is absent or empty", async () => {
    const full = { firstname: "A", lastname: "B", email: newEmail(), password: STRONG_PASSWORD };
    for (const field of ["firstname", "lastname", "email", "password"] as const) {
      const res = await api.post(signup, { path: "/api/user/signup", json: { ...full, [field]: undefined }, ip: IP });
      expectS4Error(res, 400, "Missing required fields");
      expect((res.json.errors as Record<string, string[]>)[field]).toBeDefined();
    }
    expectS4Error(await api.post(signup, { path: "/api/user/signup", json: { ...full, firstname: "  " }, ip: IP }), 400, "Missing required fields");
    expectS4Error(await api.post(signup, { path: "/api/user/signup", json: {}, ip: IP }), 400, "Missing required fields");
  });

  it("answers 400 for a malformed e-mail", async () => {
    const res = await api.post(signup, { path: "/api/user/signup", json: { firstname: "A", lastname: "B", email: "not-an-email", password: STRONG_PASSWORD }, ip: IP });
    expectS4Error(res, 400, /e-mail/i);
  });

  it("answers 400 'User already exists' for a taken e-mail, in any case", async () => {
    const email = newEmail();
    const body = { firstname: "A", lastname: "B", email, password: STRONG_PASSWORD };
    expect((await api.post(signup, { path: "/api/user/signup", json: body, ip: IP })).status).toBe(201);
    const again = await api.post(signup, { path: "/api/user/signup", json: { ...body, email: email.toUpperCase() }, ip: IP });
    expectS4Error(again, 400, "User already exists");
  });

  it("refuses a common or short password with 400", async () => {
    for (const password of ["password123", "short"]) {
      const res = await api.post(signup, { path: "/api/user/signup", json: { firstname: "A", lastname: "B", email: newEmail(), password }, ip: IP });
      expectS4Error(res, 400);
      expect((res.json.errors as Record<string, string[]>).password).toBeDefined();
    }
  });
});

describe("POST /api/user/login", () => {
  it("returns the token and user, sets an HttpOnly cookie, and the token works as Bearer and as cookie", async () => {
    const user = await factoryUser();
    const res = await api.post(login, { path: "/api/user/login", json: { email: user.email, password: FACTORY_PASSWORD }, ip: IP });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      success: true,
      message: "Login successful",
      user: { _id: user.id, firstname: null, lastname: null, email: user.email, role: "user", twoFactorEnabled: false },
    });
    const token = res.json.token as string;
    expect(token.length).toBeGreaterThan(20);
    const cookie = res.setCookie.find((c) => c.startsWith("token="));
    expect(cookie).toContain(`token=${token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expectNoSecrets(res);

    const viaBearer = await api.get(profile, { path: "/api/user/profile", token, ip: IP });
    expect(viaBearer.status).toBe(200);
    const viaCookie = await api.get(profile, { path: "/api/user/profile", cookies: { token }, ip: IP });
    expect(viaCookie.status).toBe(200);
    expect((viaCookie.json.user as { _id: string })._id).toBe(user.id);
  });

  it("answers 400 'Missing credentials' without an e-mail or password", async () => {
    for (const json of [{}, { email: "x@example.test" }, { password: "something" }, { email: "", password: "" }]) {
      expectS4Error(await api.post(login, { path: "/api/user/login", json, ip: IP }), 400, "Missing credentials");
    }
  });

  it("answers 401 'Invalid credentials' for a wrong password or an unknown e-mail", async () => {
    const user = await factoryUser();
    expectS4Error(await api.post(login, { path: "/api/user/login", json: { email: user.email, password: "wrong password" }, ip: IP }), 401, "Invalid credentials");
    expectS4Error(await api.post(login, { path: "/api/user/login", json: { email: newEmail(), password: "whatever-it-is" }, ip: IP }), 401, "Invalid credentials");
  });

  it("locks the account (423) after 5 failures, and refuses the right password while locked", async () => {
    const user = await factoryUser();
    for (let i = 0; i < 4; i++) {
      expectS4Error(await api.post(login, { path: "/api/user/login", json: { email: user.email, password: `wrong-${i}` }, ip: "10.40.1.2" }), 401);
    }
    expectS4Error(await api.post(login, { path: "/api/user/login", json: { email: user.email, password: "wrong-5" }, ip: "10.40.1.2" }), 423, /locked for 30 minutes/);
    const locked = await api.post(login, { path: "/api/user/login", json: { email: user.email, password: FACTORY_PASSWORD }, ip: "10.40.1.3" });
    expectS4Error(locked, 423, /Account locked/);
    expect(locked.json.token).toBeUndefined();
  });

  it("answers 429 once an address has too many failed logins, even with the right password", async () => {
    const user = await factoryUser();
    process.env.RATE_LIMIT_LOGIN_FAILURES = "3";
    resetEnv();
    try {
      for (let i = 0; i < 3; i++) {
        expectS4Error(await api.post(login, { path: "/api/user/login", json: { email: newEmail(), password: "wrong-password" }, ip: "10.40.1.4" }), 401);
      }
      const res = await api.post(login, { path: "/api/user/login", json: { email: user.email, password: FACTORY_PASSWORD }, ip: "10.40.1.4" });
      expectS4Error(res, 429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      // Another address is not affected.
      expect((await api.post(login, { path: "/api/user/login", json: { email: user.email, password: FACTORY_PASSWORD }, ip: "10.40.1.5" })).status).toBe(200);
    } finally {
      process.env.RATE_LIMIT_LOGIN_FAILURES = "100000";
      resetEnv();
    }
  });
});

describe("POST /api/user/logout", () => {
  it("revokes the session and clears the cookie; the token is refused afterwards", async () => {
    const user = await factoryUser();
    const token = await tokenFor(user.email);
    const res = await api.post(logout, { path: "/api/user/logout", token, ip: IP });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ success: true, message: "Logged out successfully" });
    expect(res.setCookie.find((c) => c.startsWith("token="))).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);

    expectS4Error(await api.get(profile, { path: "/api/user/profile", token, ip: IP }), 401);
    expectS4Error(await api.post(logout, { path: "/api/user/logout", token, ip: IP }), 401);
  });

  it("logs out with the cookie alone", async () => {
    const user = await factoryUser();
    const token = await tokenFor(user.email);
    expect((await api.post(logout, { path: "/api/user/logout", cookies: { token }, ip: IP })).status).toBe(200);
    expectS4Error(await api.get(profile, { path: "/api/user/profile", cookies: { token }, ip: IP }), 401);
  });

  it("answers 401 without a token", async () => {
    expectS4Error(await api.post(logout, { path: "/api/user/logout", ip: IP }), 401, "Authentication required");
  });
});

describe("S4 session security", () => {
  it("refuses a token presented with another user agent, an unknown token, and no token", async () => {
    const user = await factoryUser();
    const token = await tokenFor(user.email);
    expectS4Error(await api.get(profile, { path: "/api/user/profile", token, ip: IP, userAgent: "curl/8.0" }), 401);
    expectS4Error(await api.get(profile, { path: "/api/user/profile", token: `${token}x`, ip: IP }), 401);
    expectS4Error(await api.get(profile, { path: "/api/user/profile", ip: IP }), 401);
    // The session itself is untouched by the stranger's attempt.
    expect((await api.get(profile, { path: "/api/user/profile", token, ip: IP })).status).toBe(200);
  });
});
