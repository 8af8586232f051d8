import type { DashboardEvent } from "@/lib/services/dashboard/get-dashboard-event";
import { uploadUrl } from "@/lib/services/uploads/upload-files";
import { dateIn, timeIn } from "@/lib/time";
import type { EventFormDefaults } from "./event-form";

/** A datetime-local value: the instant on the venue's wall clock. */
export const wallClock = (date: Date, timeZone: string) => `${dateIn(date, timeZone)}T${timeIn(date, timeZone)}`;

const amount = (minor: number) => (minor ? (minor / 100).toFixed(2) : "");

/** A new event: tomorrow at 19:00 local time, a conference with no limit. */
export function newEventDefaults(timeZone: string, kind: "FILM" | "CONFERENCE" = "CONFERENCE", now = new Date()): EventFormDefaults {
  const tomorrow = dateIn(new Date(now.getTime() + 86_400_000), timeZone);
  return {
    title: "",
    description: "",
    kind,
    venue: "",
    startsAt: `${tomorrow}T19:00`,
    endsAt: "",
    speakers: "",
    prize: "",
    subEvents: "",
    capacity: "",
    price: "",
    currency: "EUR",
    status: "UPCOMING",
    ticketStatus: "AVAILABLE",
    durationMinutes: "",
    rating: "",
    genres: "",
    imageUrl: null,
  };
}

export function eventDefaults(event: DashboardEvent, timeZone: string): EventFormDefaults {
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    kind: event.kind,
    venue: event.venue ?? "",
    startsAt: wallClock(event.startsAt, timeZone),
    endsAt: event.endsAt ? wallClock(event.endsAt, timeZone) : "",
    speakers: event.speakers.join("\n"),
    prize: event.prize ?? "",
    subEvents: event.subEvents.join("\n"),
    capacity: event.capacity?.toString() ?? "",
    price: amount(event.priceMinor),
    currency: event.currency,
    status: event.status,
    ticketStatus: event.ticketStatus,
    durationMinutes: event.durationMinutes?.toString() ?? "",
    rating: event.rating ?? "",
    genres: event.genres.join(", "),
    imageUrl: uploadUrl(event.imagePath),
  };
}
