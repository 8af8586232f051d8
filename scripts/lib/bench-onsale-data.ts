// The on-sale benchmark's data, made through the services: one film with a
// 120-seat showtime at 18:00 on each given day (the measured race's, then the
// warm-up races') and 500 confirmed buyers with a session each.
// Call only after prepareDatabase() has pointed the environment at the
// benchmark database (the services read it on first use).
import { randomUUID } from "node:crypto";

export const BENCH_USER_AGENT = "tessera-bench-onsale/1.0";
export const BENCH_FILM = "Bench Premiere";
export const BENCH_TIME = "18:00";
export const ROWS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];
export const SEATS_PER_ROW = 12;

export type Buyer = { username: string; token: string };

export async function createOnsaleData(dates: string[], buyers: number) {
  const { db } = await import("@/lib/db/client");
  const { createUser } = await import("@/lib/services/users/create-user");
  const { sealUserPii } = await import("@/lib/services/users/user-pii");
  const { createSession } = await import("@/lib/services/auth/sessions");
  const { createAuditorium } = await import("@/lib/services/seating/create-auditorium");
  const { gridSeatMap } = await import("@/lib/services/seating/grid-seat-map");
  const { createEvent } = await import("@/lib/services/events/create-event");
  const { createShowtime } = await import("@/lib/services/events/create-showtime");
  const { zonedDateTime } = await import("@/lib/time");

  const hall = await createAuditorium({ name: "Bench Hall", seatMap: gridSeatMap({ rowLabels: ROWS, seatsPerRow: SEATS_PER_ROW }) }, null);
  const startsAt = (date: string) => zonedDateTime(date, BENCH_TIME, "UTC");
  const film = await createEvent({ title: BENCH_FILM, kind: "FILM", startsAt: startsAt(dates[0]), durationMinutes: 120 }, null);
  const showtimeIds: string[] = [];
  for (const date of dates) showtimeIds.push((await createShowtime({ eventId: film.id, auditoriumId: hall.id, startsAt: startsAt(date), priceMinor: 900 })).id);

  // argon2 makes createUser slow: one real account, whose hash the others share.
  const username = (n: number) => `bench-buyer-${String(n).padStart(4, "0")}`;
  const first = await createUser({ username: username(1), email: `${username(1)}@bench.test`, password: "Bench-onsale-password-2026", emailConfirmed: true });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: first.id }, select: { passwordHash: true } });
  const now = new Date();
  const rows = Array.from({ length: buyers - 1 }, (_, i) => {
    const id = randomUUID();
    const name = username(i + 2);
    return { id, username: name, ...sealUserPii(id, { email: `${name}@bench.test` }), passwordHash, emailConfirmedAt: now };
  });
  await db.user.createMany({ data: rows });

  const users = [{ id: first.id, username: first.username }, ...rows.map((r) => ({ id: r.id, username: r.username }))];
  const result: Buyer[] = [];
  for (let i = 0; i < users.length; i += 20) {
    const batch = users.slice(i, i + 20);
    const sessions = await Promise.all(batch.map((u) => createSession(u.id, { ip: "127.0.0.1", userAgent: BENCH_USER_AGENT })));
    batch.forEach((u, j) => result.push({ username: u.username, token: sessions[j].token }));
  }
  return { showtimeIds, buyers: result, disconnect: () => db.$disconnect() };
}
