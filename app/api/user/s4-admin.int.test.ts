// S4 admin operations on users: list, detail, role, delete; admins only.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getProfile } from "@/lib/services/users/user-profile";
import { api } from "@/tests/support/api";
import { makeFilmShowing, makeUser, tokenFor } from "@/tests/support/factories";
import { expectNoSecrets, expectS4Error, route } from "./_lib/test-support";
import { DELETE as deleteUserRoute, GET as getUserRoute } from "./admin/user/[id]/route";
import { PUT as setRoleRoute } from "./admin/user/[id]/role/route";
import { GET as listUsersRoute } from "./admin/users/route";
import { GET as profileRoute } from "./profile/route";

const deleteUser = route(deleteUserRoute);
const getUser = route(getUserRoute);
const setRole = route(setRoleRoute);
const listUsers = route(listUsersRoute);
const profile = route(profileRoute);

const IP = "10.40.4.1";

async function member(role: "USER" | "ORGANIZER" | "STAFF" | "ADMIN" = "USER") {
  const user = await makeUser(role);
  const email = (await getProfile(user.id)).email;
  return { ...user, email, token: await tokenFor(email) };
}

let admin: Awaited<ReturnType<typeof member>>;
beforeAll(async () => {
  admin = await member("ADMIN");
});

describe("S4 admin: access", () => {
  it("answers 403 'Admin privileges required' to users, organizers and staff on every admin endpoint, 401 without a token", async () => {
    const target = await member();
    const calls = [
      (token?: string) => api.get(listUsers, { path: "/api/user/admin/users", token, ip: IP }),
      (token?: string) => api.get(getUser, { path: `/api/user/admin/user/${target.id}`, params: { id: target.id }, token, ip: IP }),
      (token?: string) => api.put(setRole, { path: `/api/user/admin/user/${target.id}/role`, params: { id: target.id }, json: { role: "admin" }, token, ip: IP }),
      (token?: string) => api.delete(deleteUser, { path: `/api/user/admin/user/${target.id}`, params: { id: target.id }, token, ip: IP }),
    ];
    for (const role of ["USER", "ORGANIZER", "STAFF"] as const) {
      const someone = await member(role);
      for (const call of calls) expectS4Error(await call(someone.token), 403, "Admin privileges required");
    }
    for (const call of calls) expectS4Error(await call(), 401);
    // Nothing changed.
    expect((await getProfile(target.id)).role).toBe("USER");
  });
});

describe("GET /api/user/admin/users", () => {
  it("lists users with lower-case roles and the total as count", async () => {
    const organizer = await member("ORGANIZER");
    const res = await api.get(listUsers, { path: "/api/user/admin/users", token: admin.token, ip: IP });
    expect(res.status, res.text).toBe(200);
    expect(res.json.success).toBe(true);
    const users = res.json.users as Record<string, unknown>[];
    expect(res.json.count).toBeGreaterThanOrEqual(users.length);
    const listed = users.find((u) => u._id === organizer.id);
    expect(listed).toEqual({ _id: organizer.id, firstname: null, lastname: null, email: organizer.email, role: "organizer", createdAt: expect.any(String) });
    for (const user of users) expect(["user", "admin", "organizer", "staff"]).toContain(user.role);
    expectNoSecrets(res);
  });

  it("searches by e-mail and pages", async () => {
    const target = await member();
    const found = await api.get(listUsers, { path: `/api/user/admin/users?search=${encodeURIComponent(target.email)}`, token: admin.token, ip: IP });
    expect(found.json.count).toBe(1);
    expect((found.json.users as { _id: string }[])[0]._id).toBe(target.id);

    const page = await api.get(listUsers, { path: "/api/user/admin/users?page=2&pageSize=1", token: admin.token, ip: IP });
    expect(page.status).toBe(200);
    expect(page.json.users).toHaveLength(1);
    expect(page.json).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.json.count).toBeGreaterThanOrEqual(2);

    const admins = await api.get(listUsers, { path: "/api/user/admin/users?role=admin", token: admin.token, ip: IP });
    expect((admins.json.users as { role: string }[]).every((u) => u.role === "admin")).toBe(true);

    expectS4Error(await api.get(listUsers, { path: "/api/user/admin/users?page=0", token: admin.token, ip: IP }), 400);
  });
});

describe("GET /api/user/admin/user/:id", () => {
  it("returns the user with their registered events", async () => {
    const target = await member("STAFF");
    const { film } = await makeFilmShowing({ startsAt: new Date(Date.now() + 86_400_000) });
    // No registration service exists yet (S4 event registration is later work): a fixture row.
    await db.registration.create({ data: { eventId: film.id, userId: target.id } });
    const res = await api.get(getUser, { path: `/api/user/admin/user/${target.id}`, params: { id: target.id }, token: admin.token, ip: IP });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      success: true,
      user: { _id: target.id, firstname: null, lastname: null, email: target.email, role: "staff", twoFactorEnabled: false },
    });
    const user = res.json.user as Record<string, unknown>;
    expect(user.lastLogin).toEqual(expect.any(String));
    expect(user.createdAt).toEqual(expect.any(String));
    expect(user.registeredEvents).toEqual([
      { eventId: film.id, eventName: film.title, date: expect.any(String), registeredAt: expect.any(String), attended: false, ticketId: null, status: "registered" },
    ]);
    expectNoSecrets(res);
  });

  it("answers 404 'User not found' for an unknown or malformed id", async () => {
    for (const id of [randomUUID(), "not-a-uuid", "1"]) {
      expectS4Error(await api.get(getUser, { path: `/api/user/admin/user/${id}`, params: { id }, token: admin.token, ip: IP }), 404, "User not found");
    }
  });
});

describe("PUT /api/user/admin/user/:id/role", () => {
  it("sets each role, in any case, and the new role applies to the user's live session", async () => {
    const target = await member();
    const put = (role: unknown) => api.put(setRole, { path: `/api/user/admin/user/${target.id}/role`, params: { id: target.id }, json: { role }, token: admin.token, ip: IP });
    for (const [role, shown] of [["organizer", "organizer"], ["STAFF", "staff"], ["User", "user"], ["admin", "admin"]]) {
      const res = await put(role);
      expect(res.status, res.text).toBe(200);
      expect(res.json).toEqual({ success: true, message: "User role updated successfully", user: { _id: target.id, email: target.email, role: shown } });
    }
    expect((await api.get(listUsers, { path: "/api/user/admin/users", token: target.token, ip: IP })).status).toBe(200);
  });

  it("answers 400 'Invalid role' and 404 for an unknown or malformed id", async () => {
    const target = await member();
    for (const role of ["superuser", "", undefined, 7]) {
      expectS4Error(await api.put(setRole, { path: `/api/user/admin/user/${target.id}/role`, params: { id: target.id }, json: { role }, token: admin.token, ip: IP }), 400, "Invalid role");
    }
    for (const id of [randomUUID(), "abc"]) {
      expectS4Error(await api.put(setRole, { path: `/api/user/admin/user/${id}/role`, params: { id }, json: { role: "admin" }, token: admin.token, ip: IP }), 404, "User not found");
    }
    expect((await getProfile(target.id)).role).toBe("USER");
  });

  it("refuses to let an admin remove their own admin role", async () => {
    const self = await member("ADMIN");
    const res = await api.put(setRole, { path: `/api/user/admin/user/${self.id}/role`, params: { id: self.id }, json: { role: "user" }, token: self.token, ip: IP });
    expectS4Error(res, 400);
    expect((await getProfile(self.id)).role).toBe("ADMIN");
  });
});

describe("DELETE /api/user/admin/user/:id", () => {
  it("deletes the user and ends their sessions at once", async () => {
    const target = await member();
    expect((await api.get(profile, { path: "/api/user/profile", token: target.token, ip: IP })).status).toBe(200);
    const res = await api.delete(deleteUser, { path: `/api/user/admin/user/${target.id}`, params: { id: target.id }, token: admin.token, ip: IP });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ success: true, message: "User deleted successfully" });

    expectS4Error(await api.get(profile, { path: "/api/user/profile", token: target.token, ip: IP }), 401);
    expectS4Error(await api.get(getUser, { path: `/api/user/admin/user/${target.id}`, params: { id: target.id }, token: admin.token, ip: IP }), 404, "User not found");
    expectS4Error(await api.delete(deleteUser, { path: `/api/user/admin/user/${target.id}`, params: { id: target.id }, token: admin.token, ip: IP }), 404, "User not found");
  });

  it("answers 404 for a malformed id and 400 for the admin's own account", async () => {
    expectS4Error(await api.delete(deleteUser, { path: "/api/user/admin/user/xyz", params: { id: "xyz" }, token: admin.token, ip: IP }), 404, "User not found");
    expectS4Error(await api.delete(deleteUser, { path: `/api/user/admin/user/${admin.id}`, params: { id: admin.id }, token: admin.token, ip: IP }), 400);
  });
});
