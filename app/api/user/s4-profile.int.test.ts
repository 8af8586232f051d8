// S4 profile, profile update, password change and forgotten password.
import { describe, expect, it } from "vitest";
import { api } from "@/tests/support/api";
import { lastCodeTo, lastMailTo, tokenFor } from "@/tests/support/factories";
import { expectNoSecrets, expectS4Error, route, signUpAndIn, STRONG_PASSWORD } from "./_lib/test-support";
import { POST as forgotPasswordRoute } from "./forgotPassword/route";
import { POST as loginRoute } from "./login/route";
import { POST as changePasswordRoute } from "./password/change/route";
import { GET as profileRoute } from "./profile/route";
import { PUT as updateRoute } from "./update/route";

const forgotPassword = route(forgotPasswordRoute);
const login = route(loginRoute);
const changePassword = route(changePasswordRoute);
const profile = route(profileRoute);
const update = route(updateRoute);

const IP = "10.40.3.1";
const NEW_PASSWORD = "Copper-Meadow-Quartz-77";

describe("GET /api/user/profile", () => {
  it("returns the profile with its decrypted data", async () => {
    const me = await signUpAndIn(IP);
    const res = await api.get(profile, { path: "/api/user/profile", token: me.token, ip: IP });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      success: true,
      user: {
        _id: me.id,
        firstname: "Ada",
        lastname: "Lovelace",
        email: me.email,
        role: "user",
        twoFactorEnabled: false,
        decryptedData: { firstname: "Ada", lastname: "Lovelace", email: me.email },
      },
    });
    const user = res.json.user as Record<string, string>;
    expect(new Date(user.lastLogin).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(new Date(user.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expectNoSecrets(res);
  });

  it("answers 401 without a token", async () => {
    expectS4Error(await api.get(profile, { path: "/api/user/profile", ip: IP }), 401, "Authentication required");
  });
});

describe("PUT /api/user/update", () => {
  it("updates the names at once", async () => {
    const me = await signUpAndIn(IP);
    const res = await api.put(update, { path: "/api/user/update", token: me.token, json: { firstname: "John", lastname: "Smith", email: me.email }, ip: IP });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({
      success: true,
      message: "User details updated successfully",
      user: { _id: me.id, firstname: "John", lastname: "Smith", email: me.email, role: "user" },
      pendingEmail: null,
    });
    const after = await api.get(profile, { path: "/api/user/profile", token: me.token, ip: IP });
    expect(after.json.user).toMatchObject({ firstname: "John", lastname: "Smith", decryptedData: { firstname: "John", lastname: "Smith" } });
  });

  it("changes the e-mail only with the password, and only once the e-mailed code comes back", async () => {
    const me = await signUpAndIn(IP);
    const next = `moved-${me.email}`;
    expectS4Error(await api.put(update, { path: "/api/user/update", token: me.token, json: { email: next }, ip: IP }), 400, /password/i);
    expectS4Error(await api.put(update, { path: "/api/user/update", token: me.token, json: { email: next, password: "not-the-password" }, ip: IP }), 400, "Password incorrect");

    const res = await api.put(update, { path: "/api/user/update", token: me.token, json: { firstname: "Ada", lastname: "King", email: next, password: STRONG_PASSWORD }, ip: IP });
    expect(res.status, res.text).toBe(200);
    expect(res.json.message).toMatch(/^User details updated successfully\. .*confirm/i);
    expect(res.json).toMatchObject({ pendingEmail: next, user: { email: me.email, lastname: "King" } });
    const code = await lastCodeTo(next);
    expectNoSecrets(res, [code]);
    const after = await api.get(profile, { path: "/api/user/profile", token: me.token, ip: IP });
    expect((after.json.user as { email: string }).email).toBe(me.email);

    // The code sent back as `emailCode` completes the change.
    expectS4Error(await api.put(update, { path: "/api/user/update", token: me.token, json: { emailCode: code === "000000" ? "111111" : "000000" }, ip: IP }), 400, "Wrong code");
    const confirmed = await api.put(update, { path: "/api/user/update", token: me.token, json: { firstname: "Ada", lastname: "King", email: me.email, emailCode: code }, ip: IP });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.json).toMatchObject({ message: "User details updated successfully", pendingEmail: null, user: { email: next, lastname: "King" } });
    expect((await api.post(login, { path: "/api/user/login", json: { email: next, password: STRONG_PASSWORD }, ip: IP })).status).toBe(200);
    expectS4Error(await api.put(update, { path: "/api/user/update", token: me.token, json: { emailCode: code }, ip: IP }), 400);
  });

  it("answers 400 for an e-mail that another account uses, and for a malformed one", async () => {
    const me = await signUpAndIn(IP);
    const other = await signUpAndIn(IP);
    expectS4Error(await api.put(update, { path: "/api/user/update", token: me.token, json: { email: other.email, password: STRONG_PASSWORD }, ip: IP }), 400, /already in use/);
    expectS4Error(await api.put(update, { path: "/api/user/update", token: me.token, json: { email: "nope" }, ip: IP }), 400);
  });

  it("answers 401 without a token", async () => {
    expectS4Error(await api.put(update, { path: "/api/user/update", json: { firstname: "X" }, ip: IP }), 401);
  });
});

describe("POST /api/user/password/change", () => {
  it("changes the password and ends every other session, keeping the current one", async () => {
    const me = await signUpAndIn(IP);
    const other = await tokenFor(me.email, STRONG_PASSWORD);
    const res = await api.post(changePassword, { path: "/api/user/password/change", token: me.token, json: { oldPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD }, ip: IP });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ success: true, message: "Password changed successfully" });

    expectS4Error(await api.get(profile, { path: "/api/user/profile", token: other, ip: IP }), 401);
    expect((await api.get(profile, { path: "/api/user/profile", token: me.token, ip: IP })).status).toBe(200);
    expectS4Error(await api.post(login, { path: "/api/user/login", json: { email: me.email, password: STRONG_PASSWORD }, ip: IP }), 401, "Invalid credentials");
    expect((await api.post(login, { path: "/api/user/login", json: { email: me.email, password: NEW_PASSWORD }, ip: IP })).status).toBe(200);
  });

  it("answers 400 'Both passwords required', 'Old password incorrect', and for a weak new password", async () => {
    const me = await signUpAndIn(IP);
    const change = (json: unknown) => api.post(changePassword, { path: "/api/user/password/change", token: me.token, json, ip: IP });
    expectS4Error(await change({}), 400, "Both passwords required");
    expectS4Error(await change({ oldPassword: STRONG_PASSWORD }), 400, "Both passwords required");
    expectS4Error(await change({ newPassword: NEW_PASSWORD }), 400, "Both passwords required");
    expectS4Error(await change({ oldPassword: "wrong-old-password", newPassword: NEW_PASSWORD }), 400, "Old password incorrect");
    const weak = await change({ oldPassword: STRONG_PASSWORD, newPassword: "password123" });
    expectS4Error(weak, 400);
    expect((weak.json.errors as Record<string, string[]>).newPassword).toBeDefined();
    // Nothing changed.
    expect((await api.post(login, { path: "/api/user/login", json: { email: me.email, password: STRONG_PASSWORD }, ip: IP })).status).toBe(200);
  });

  it("answers 401 without a token", async () => {
    expectS4Error(await api.post(changePassword, { path: "/api/user/password/change", json: { oldPassword: "a", newPassword: "b" }, ip: IP }), 401);
  });
});

describe("POST /api/user/forgotPassword", () => {
  it("e-mails a reset link valid for 20 minutes, without revealing the code", async () => {
    const me = await signUpAndIn("10.40.3.2");
    const res = await api.post(forgotPassword, { path: "/api/user/forgotPassword", json: { email: me.email }, ip: "10.40.3.2" });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ success: true, message: "Email sent successfully!" });
    const mail = await lastMailTo(me.email);
    expect(mail?.subject).toMatch(/reset/i);
    const link = mail?.text.match(/https?:\/\/\S+\/reset-password\?\S+/)?.[0];
    expect(link).toBeDefined();
    const code = new URL(link!).searchParams.get("code");
    expect(code).toBeTruthy();
    expect(mail?.text).toMatch(/20 minutes/);
    expectNoSecrets(res, [code!]);
  });

  it("answers 400 'Email not registered' for an unknown address, and 400 without one", async () => {
    expectS4Error(await api.post(forgotPassword, { path: "/api/user/forgotPassword", json: { email: "nobody-here@example.test" }, ip: "10.40.3.3" }), 400, "Email not registered");
    expectS4Error(await api.post(forgotPassword, { path: "/api/user/forgotPassword", json: {}, ip: "10.40.3.3" }), 400, "Email is required");
  });
});
