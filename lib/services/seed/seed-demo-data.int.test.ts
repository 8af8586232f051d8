import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/security/password";
import { emailLookupHash } from "@/lib/security/pii";
import { openUserPii } from "@/lib/services/users/user-pii";
import { addDays, todayIn } from "@/lib/time";
import { seedDemoData } from "./seed-demo-data";

describe("seedDemoData", () => {
  it("loads the demo data of API-CONTRACT rule 9", async () => {
    const result = await seedDemoData({ password: "Seed-password-1" });
    expect(result.seeded).toBe(true);

    for (const [email, role] of [
      ["admin@example.com", "ADMIN"],
      ["organizer@example.com", "ORGANIZER"],
      ["staff@example.com", "STAFF"],
      ["user@example.com", "USER"],
    ] as const) {
      const user = await db.user.findUniqueOrThrow({ where: { emailHash: emailLookupHash(email) }, omit: { passwordHash: false } });
      expect(user.role).toBe(role);
      expect(user.emailConfirmedAt).not.toBeNull();
      expect(openUserPii(user).email).toBe(email);
      expect(user.emailCipher).not.toContain("example.com");
      expect(await verifyPassword(user.passwordHash, "Seed-password-1")).toBe(true);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    }

    const avengers = await db.event.findFirstOrThrow({ where: { title: "The Avengers", kind: "FILM" }, include: { showtimes: true } });
    const days = new Set(avengers.showtimes.map((s) => todayIn("UTC", s.startsAt)));
    const today = todayIn("UTC");
    expect([...days].sort()).toEqual(Array.from({ length: 14 }, (_, i) => addDays(today, i)));
    expect(avengers.showtimes.length).toBeGreaterThanOrEqual(14 * 2);

    const hall = await db.auditorium.findFirstOrThrow({ where: { id: avengers.showtimes[0].auditoriumId! }, include: { seats: true } });
    const labels = hall.seats.map((s) => s.label);
    expect(labels).toHaveLength(120);
    for (const label of ["A1", "A12", "J1", "J12", "E6"]) expect(labels).toContain(label);

    const inventory = await db.showtimeSeat.count({ where: { showtimeId: avengers.showtimes[0].id } });
    expect(inventory).toBe(120);

    const conferences = await db.event.findMany({ where: { kind: "CONFERENCE" } });
    expect(conferences.some((e) => e.priceMinor === 0 && e.capacity)).toBe(true);
    expect(conferences.some((e) => e.priceMinor > 0 && e.capacity)).toBe(true);
  });

  it("does nothing the second time", async () => {
    const before = await db.event.count();
    expect((await seedDemoData()).seeded).toBe(false);
    expect(await db.event.count()).toBe(before);
  });
});
