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
