import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSession } from "@/lib/services/auth/sessions";
import { makeUser } from "@/tests/support/factories";
import { countUsersByRole } from "./count-users-by-role";
import { endUserSessions } from "./end-user-sessions";
import { listUsernames } from "./list-usernames";

const context = { ip: "10.1.2.3", userAgent: "vitest" };
const asActor = (user: { id: string; role: "USER" | "ORGANIZER" | "STAFF" | "ADMIN" }) => ({ userId: user.id, role: user.role });

describe("admin user tools", () => {
  it("ends every session of a user and records who did it", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser();
    await createSession(user.id, context);
    await createSession(user.id, context);
    expect(await endUserSessions(asActor(admin), user.id, context)).toBe(2);
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const audit = await db.auditLog.findFirst({ where: { action: "user.sessions-ended", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, ip: "10.1.2.3", metadata: { count: 2 } });
  });

  it("keeps the admin's own current session when they end their own", async () => {
    const admin = await makeUser("ADMIN");
    const current = await createSession(admin.id, context);
    await createSession(admin.id, context);
    expect(await endUserSessions({ ...asActor(admin), sessionId: current.sessionId }, admin.id, context)).toBe(1);
    const live = await db.session.findMany({ where: { userId: admin.id, revokedAt: null }, select: { id: true } });
    expect(live).toEqual([{ id: current.sessionId }]);
  });

  it("refuses non-admins and unknown users", async () => {
    const staff = await makeUser("STAFF");
    const admin = await makeUser("ADMIN");
    await expect(endUserSessions(asActor(staff), admin.id, context)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(countUsersByRole(asActor(staff))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listUsernames(asActor(staff), [admin.id])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(endUserSessions(asActor(admin), "00000000-0000-0000-0000-000000000000", context)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts accounts per role and looks up usernames", async () => {
    const admin = await makeUser("ADMIN");
    const organizer = await makeUser("ORGANIZER");
    const counts = await countUsersByRole(asActor(admin));
    expect(counts.total).toBe(Object.values(counts.byRole).reduce((a, b) => a + b, 0));
    expect(counts.byRole.ADMIN).toBeGreaterThanOrEqual(1);
    expect(counts.byRole.ORGANIZER).toBeGreaterThanOrEqual(1);
    expect(await listUsernames(asActor(admin), [organizer.id, organizer.id, "00000000-0000-0000-0000-000000000000"])).toEqual({
      [organizer.id]: organizer.username,
    });
  });
});
