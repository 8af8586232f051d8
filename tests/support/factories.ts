// Small builders for integration tests; they go through the real services.
import { randomBytes } from "node:crypto";
import { createEvent } from "@/lib/services/events/create-event";
import { createShowtime } from "@/lib/services/events/create-showtime";
import { createAuditorium } from "@/lib/services/seating/create-auditorium";
import { gridSeatMap } from "@/lib/services/seating/grid-seat-map";
import { createUser } from "@/lib/services/users/create-user";

export const uniq = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export async function makeUser(role: "USER" | "ORGANIZER" | "STAFF" | "ADMIN" = "USER") {
  const name = uniq("user");
  return createUser({ username: name, email: `${name}@example.test`, password: "correct horse battery", role, emailConfirmed: true });
}

export async function makeFilmShowing(options: { startsAt: Date; rows?: string[]; seatsPerRow?: number; title?: string }) {
  const organizer = await makeUser("ORGANIZER");
  const hall = await createAuditorium(
    { name: uniq("Hall"), seatMap: gridSeatMap({ rowLabels: options.rows ?? ["A", "B"], seatsPerRow: options.seatsPerRow ?? 5, disabled: [] }) },
    organizer.id,
  );
  const film = await createEvent({ title: options.title ?? uniq("Film"), kind: "FILM", startsAt: options.startsAt, durationMinutes: 90 }, organizer.id);
  const showtime = await createShowtime({ eventId: film.id, auditoriumId: hall.id, startsAt: options.startsAt, priceMinor: 900 });
  return { organizer, hall, film, showtime };
}

/** Signs a user in through the login service and returns the bearer token (same UA as tests/support/api.ts). */
export async function tokenFor(identifier: string, password = "correct horse battery", twoFactorCode?: string) {
  const { login } = await import("@/lib/services/auth/login");
  const { TEST_USER_AGENT } = await import("./api");
  const session = await login({ identifier, password, twoFactorCode }, { ip: "10.9.9.9", userAgent: TEST_USER_AGENT });
  return session.token;
}

/** The newest message in the local mailbox for an address (RESEND_API_KEY unset in tests). */
export async function lastMailTo(email: string) {
  const { listMailbox } = await import("@/lib/services/mail/list-mailbox");
  // One pass of the outbox worker first: the tickets e-mail is rendered and sent by it, after the purchase.
  const { deliverDueOutbox } = await import("@/lib/services/mail/deliver-outbox");
  await deliverDueOutbox();
  const [message] = await listMailbox({ to: email, limit: 1 });
  return message;
}

/** The 6-digit code in the newest e-mail to an address. */
export async function lastCodeTo(email: string): Promise<string> {
  const message = await lastMailTo(email);
  const code = message?.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error(`no code in the last e-mail to ${email}`);
  return code;
}
