import { describe, expect, it } from "vitest";
import { findUserIdByEmail } from "@/lib/services/users/find-user";
import { getProfile } from "@/lib/services/users/user-profile";
import { api } from "@/tests/support/api";
import { lastCodeTo, makeUser, tokenFor, uniq } from "@/tests/support/factories";
import { POST as logoutRoute } from "../auth/logout/route";
import { DELETE as deleteRoute, GET as getUserRoute, PATCH as patchRoute } from "./[id]/route";
import { POST as createS0Route } from "./create/route";
import { GET as meRoute } from "./me/route";
import { POST as createS3Route, GET as listRoute } from "./route";

// tests/support/api.ts types route params as string | string[], withApi's routes as string: adapt the type only.
const route = (handler: unknown) => handler as Parameters<typeof api.get>[0];
const logout = route(logoutRoute);
const getUser = route(getUserRoute);
const PATCH = route(patchRoute);
const DELETE = route(deleteRoute);
const createS0 = route(createS0Route);
const createS3 = route(createS3Route);
const me = route(meRoute);
const listUsers = route(listRoute);

const PASSWORD = "correct horse battery";
const STRONG = "Velvet-Harbor-Lantern-42";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function expectNoSecrets(res: { text: string }, ...secrets: string[]) {
  for (const secret of [PASSWORD, STRONG, "$argon2", "passwordHash", "Cipher", ...secrets]) expect(res.text).not.toContain(secret);
}

async function signedIn(role: "USER" | "ADMIN" = "USER") {
  const user = await makeUser(role);
  return { ...user, email: (await getProfile(user.id)).email, token: await tokenFor(user.username) };
}

describe("GET /api/users (S0 list)", () => {
  const ip = "10.20.10.1";

  it("lists integer ids and usernames, with e-mails only for admins", async () => {
    const someone = await signedIn();
    const admin = await signedIn("ADMIN");
    const first = await api.get(listUsers, { path: "/api/users", token: someone.token, ip });
    expect(first.status).toBe(200);
    // Ordered by integer id: the newest users are on the last page of 1000.
    const last = `/api/users?page_size=1000&page=${Math.ceil(Number(first.headers.get("x-total-count")) / 1000)}`;
    const asUser = await api.get(listUsers, { path: last, token: someone.token, ip });
    expect(asUser.status).toBe(200);
    expect(Array.isArray(asUser.json)).toBe(true);
    const rows = (res: { json: unknown }) => res.json as { username: string }[];
    const mine = rows(asUser).find((u) => u.username === someone.username);
    expect(mine).toEqual({ id: someone.legacyId, username: someone.username, email: null });
    expect(asUser.text).not.toContain(someone.email);
    expect(asUser.text).not.toContain(admin.email);
    expect(Number(asUser.headers.get("x-total-count"))).toBeGreaterThanOrEqual(2);

    const asAdmin = await api.get(listUsers, { path: last, token: admin.token, ip });
    expect(asAdmin.status).toBe(200);
    expect(rows(asAdmin).find((u) => u.username === someone.username)).toEqual({ id: someone.legacyId, username: someone.username, email: someone.email });
    expectNoSecrets(asAdmin);
  });

  it("pages with page and page_size, and refuses bad paging with 400", async () => {
    const admin = await signedIn("ADMIN");
    const page = await api.get(listUsers, { path: "/api/users?page=1&page_size=1", token: admin.token, ip });
    expect(page.status).toBe(200);
    expect(page.json).toHaveLength(1);
    const bad = await api.get(listUsers, { path: "/api/users?page_size=0", token: admin.token, ip });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(/page_size/);
  });

  it("answers 401 without a token and after logout", async () => {
    expect((await api.get(listUsers, { path: "/api/users", ip })).status).toBe(401);
    const user = await signedIn();
    await api.post(logout, { path: "/api/auth/logout", token: user.token, ip });
    expect((await api.get(listUsers, { path: "/api/users", token: user.token, ip })).status).toBe(401);
  });
});

describe("POST /api/users (S3 create) and POST /api/users/create (S0 create)", () => {
  const ip = "10.20.11.1";

  it("S3: 201 {id, username, email, first_name, last_name, created_at}", async () => {
    const username = uniq("s3");
    const email = `${username}@example.test`;
    const res = await api.post(createS3, { path: "/api/users", json: { username, email, password: STRONG, first_name: "Имя", last_name: "Фамилия" }, ip });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ id: expect.stringMatching(UUID), username, email, first_name: "Имя", last_name: "Фамилия", created_at: expect.any(String) });
    expectNoSecrets(res, await lastCodeTo(email));
    const profile = await getProfile(res.json.id as string);
    expect(profile).toMatchObject({ email, firstName: "Имя", lastName: "Фамилия", role: "USER" });
  });

  it("S0: 201 {message: 'User created successfully!'}, and the account can sign in", async () => {
    const username = uniq("s0");
    const res = await api.post(createS0, { path: "/api/users/create", json: { username, email: `${username}@example.test`, password: STRONG }, ip });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ message: "User created successfully!" });
    expect(await tokenFor(username, STRONG)).toEqual(expect.any(String));
  });

  it("409 when the e-mail or username is taken", async () => {
    const taken = await signedIn();
    const s3 = await api.post(createS3, { path: "/api/users", json: { username: uniq("s3"), email: taken.email, password: STRONG }, ip });
    expect(s3.status).toBe(409);
    expect(s3.json.message).toBe("User already exists");
    const s0 = await api.post(createS0, { path: "/api/users/create", json: { username: taken.username, email: `${uniq("s0")}@example.test`, password: STRONG }, ip });
    expect(s0.status).toBe(409);
    expect(s0.json.message).toBe("Username already taken");
  });

  it("400 for a weak password, a bad e-mail or missing fields, and nothing is created", async () => {
    for (const create of [createS3, createS0]) {
      const username = uniq("bad");
      const email = `${username}@example.test`;
      const weak = await api.post(create, { path: "/api/users", json: { username, email, password: "password123" }, ip });
      expect(weak.status).toBe(400);
      expect(weak.json.errors).toHaveProperty("password");
      expectNoSecrets(weak, "password123");
      const badEmail = await api.post(create, { path: "/api/users", json: { username, email: "nope", password: STRONG }, ip });
      expect(badEmail.status).toBe(400);
      expect(badEmail.json.errors).toHaveProperty("email");
      const noUsername = await api.post(create, { path: "/api/users", json: { email, password: STRONG }, ip });
      expect(noUsername.status).toBe(400);
      expect(noUsername.json.errors).toHaveProperty("username");
      expect(await findUserIdByEmail(email)).toBeNull();
    }
  });
});

describe("GET /api/users/me (S0)", () => {
  const ip = "10.20.12.1";

  it("returns everything about the token's user except secrets", async () => {
    const user = await signedIn();
    const res = await api.get(me, { path: "/api/users/me", token: user.token, ip });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: user.legacyId,
      uuid: user.id,
      username: user.username,
      email: user.email,
      first_name: null,
      last_name: null,
      role: "USER",
      email_confirmed: true,
      two_factor_enabled: false,
      last_login: expect.any(String),
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expectNoSecrets(res);
  });

  it("answers 401 without a token and after logout", async () => {
    expect((await api.get(me, { path: "/api/users/me", ip })).status).toBe(401);
    const user = await signedIn();
    await api.post(logout, { path: "/api/auth/logout", token: user.token, ip });
    const res = await api.get(me, { path: "/api/users/me", token: user.token, ip });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain(user.email);
  });
});

describe("GET /api/users/<x> (S0 by username or integer id, S3 by UUID)", () => {
  const ip = "10.20.13.1";
  const get = (ref: string, token?: string) => api.get(getUser, { path: `/api/users/${ref}`, params: { id: ref }, token, ip });

  it("S0 by username or integer id: the integer id; S3 by UUID: the UUID", async () => {
    const user = await signedIn();
    const byName = await get(user.username, user.token);
    expect(byName.status).toBe(200);
    expect(byName.json).toEqual({ id: user.legacyId, username: user.username, email: user.email, first_name: null, last_name: null, created_at: expect.any(String) });
    expect((await get(String(user.legacyId), user.token)).json).toEqual(byName.json);
    const byUuid = await get(user.id, user.token);
    expect(byUuid.status).toBe(200);
    expect(byUuid.json).toEqual({ ...byName.json, id: user.id });
    expectNoSecrets(byUuid);
  });

  it("shows another user's e-mail and names only to admins", async () => {
    const target = await signedIn();
    const viewer = await signedIn();
    const admin = await signedIn("ADMIN");
    const asViewer = await get(target.id, viewer.token);
    expect(asViewer.status).toBe(200);
    expect(asViewer.json).toMatchObject({ id: target.id, username: target.username, email: null, first_name: null, last_name: null });
    expect(asViewer.text).not.toContain(target.email);
    const asAdmin = await get(target.username, admin.token);
    expect(asAdmin.json.email).toBe(target.email);
  });

  it("404 'User not found' for unknown users, 401 without a session", async () => {
    const user = await signedIn();
    for (const ref of [uniq("ghost"), "2147483000", "99999999999", "00000000-0000-4000-8000-000000000000"]) {
      const res = await get(ref, user.token);
      expect(res.status).toBe(404);
      expect(res.json).toEqual({ message: "User not found" });
    }
    // Never by e-mail: a path cannot test whether an address is registered.
    expect((await get(user.email, user.token)).status).toBe(404);
    expect((await get(user.username)).status).toBe(401);
  });
});

describe("PATCH /api/users/{id} (S3)", () => {
  const ip = "10.20.14.1";
  const patch = (ref: string, json: unknown, token?: string) => api.patch(PATCH, { path: `/api/users/${ref}`, params: { id: ref }, json, token, ip });

  it("updates the user's own names: {id, first_name, last_name, email, updated_at}", async () => {
    const user = await signedIn();
    const res = await patch(user.id, { first_name: "Новое имя", last_name: "Новая фамилия" }, user.token);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ id: user.id, first_name: "Новое имя", last_name: "Новая фамилия", email: user.email, updated_at: expect.any(String) });
    expect(await getProfile(user.id)).toMatchObject({ firstName: "Новое имя", lastName: "Новая фамилия" });
  });

  it("changes the e-mail in two steps: password, then the code sent to the new address", async () => {
    const user = await signedIn();
    const next = `${uniq("moved")}@example.test`;
    const noPassword = await patch(user.id, { email: next }, user.token);
    expect(noPassword.status).toBe(400);
    expect(noPassword.json.errors).toHaveProperty("password");
    const wrongPassword = await patch(user.id, { email: next, password: "wrong horse battery" }, user.token);
    expect(wrongPassword.status).toBe(400);

    const started = await patch(user.id, { email: next, password: PASSWORD }, user.token);
    expect(started.status).toBe(200);
    expect(started.json).toMatchObject({ id: user.id, email: user.email, pending_email: next });
    const code = await lastCodeTo(next);
    expectNoSecrets(started, code);
    expect((await getProfile(user.id)).email).toBe(user.email);

    const wrongCode = await patch(user.id, { email_code: code === "000000" ? "111111" : "000000" }, user.token);
    expect(wrongCode.status).toBe(400);
    const confirmed = await patch(user.id, { email_code: code }, user.token);
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.email).toBe(next);
    expectNoSecrets(confirmed, code);
    expect((await getProfile(user.id)).email).toBe(next);
  });

  it("409 when the new e-mail belongs to someone else", async () => {
    const user = await signedIn();
    const other = await signedIn();
    const res = await patch(user.id, { email: other.email, password: PASSWORD }, user.token);
    expect(res.status).toBe(409);
    expect((await getProfile(user.id)).email).toBe(user.email);
  });

  it("403 for another user's account; admins may change names but not someone's e-mail", async () => {
    const target = await signedIn();
    const other = await signedIn();
    const admin = await signedIn("ADMIN");
    const forbidden = await patch(target.id, { first_name: "Mallory" }, other.token);
    expect(forbidden.status).toBe(403);
    expect((await getProfile(target.id)).firstName).toBeNull();
    const byAdmin = await patch(target.id, { first_name: "Fixed" }, admin.token);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.json.first_name).toBe("Fixed");
    const adminEmail = await patch(target.id, { email: `${uniq("x")}@example.test` }, admin.token);
    expect(adminEmail.status).toBe(403);
    expect((await getProfile(target.id)).email).toBe(target.email);
  });

  it("400 for an empty or invalid body with no change; 401 without a session; 404 for an unknown user", async () => {
    const user = await signedIn();
    const empty = await patch(user.id, {}, user.token);
    expect(empty.status).toBe(400);
    expect(empty.json.message).toMatch(/first_name, last_name or email/);
    const badEmail = await patch(user.id, { email: "nope", first_name: "Changed" }, user.token);
    expect(badEmail.status).toBe(400);
    const tooLong = await patch(user.id, { first_name: "x".repeat(101) }, user.token);
    expect(tooLong.status).toBe(400);
    expect((await getProfile(user.id)).firstName).toBeNull();
    expect((await patch(user.id, { first_name: "Anon" })).status).toBe(401);
    expect((await patch("00000000-0000-4000-8000-000000000000", { first_name: "A" }, user.token)).status).toBe(404);
  });
});

describe("DELETE /api/users/{id} (S3)", () => {
  const ip = "10.20.15.1";
  const remove = (ref: string, token?: string, json?: unknown) => api.delete(DELETE, { path: `/api/users/${ref}`, params: { id: ref }, token, json, ip });

  it("an admin deletes a user: the message, its sessions end, then 404", async () => {
    const target = await signedIn();
    const admin = await signedIn("ADMIN");
    const res = await remove(target.id, admin.token);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ message: "Пользователь успешно удален" });
    expect((await api.get(me, { path: "/api/users/me", token: target.token, ip })).status).toBe(401);
    expect((await remove(target.id, admin.token)).status).toBe(404);
  });

  it("a user deletes their own account with the password (400 without or with a wrong one)", async () => {
    const user = await signedIn();
    const noPassword = await remove(user.id, user.token);
    expect(noPassword.status).toBe(400);
    expect(noPassword.json.message).toMatch(/password/);
    const wrong = await remove(user.id, user.token, { password: "wrong horse battery" });
    expect(wrong.status).toBe(400);
    expect((await getProfile(user.id)).id).toBe(user.id);
    const res = await remove(user.id, user.token, { password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.json.message).toBe("Пользователь успешно удален");
    expectNoSecrets(res);
    expect(await findUserIdByEmail(user.email)).toBeNull();
  });

  it("403 for someone else's account, 401 without a session or after logout", async () => {
    const target = await signedIn();
    const other = await signedIn();
    const res = await remove(target.id, other.token, { password: PASSWORD });
    expect(res.status).toBe(403);
    expect((await remove(target.id)).status).toBe(401);
    await api.post(logout, { path: "/api/auth/logout", token: other.token, ip });
    expect((await remove(other.id, other.token, { password: PASSWORD })).status).toBe(401);
    expect((await getProfile(target.id)).id).toBe(target.id);
    expect((await getProfile(other.id)).id).toBe(other.id);
  });
});
