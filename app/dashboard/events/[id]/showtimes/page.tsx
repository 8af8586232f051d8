import type { Metadata } from "next";
import { wallClock } from "@/components/dashboard/event-defaults";
import { ShowtimesManager, type ShowtimeRow } from "@/components/dashboard/showtimes-manager";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { env } from "@/lib/env";
import { formatDateTime, formatMoney } from "@/lib/format";
import { listEventShowtimes, listUsableAuditoriums } from "@/lib/services/dashboard/showtimes";
import { loadDashboardEvent } from "../load-event";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Showtimes" };

const amount = (minor: number) => (minor / 100).toFixed(2);

/** Add, edit and cancel the event's showtimes. */
export default async function EventShowtimesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireOrganizer(`/dashboard/events/${id}/showtimes`);
  const event = await loadDashboardEvent(actor, id);
  const [showtimes, auditoriums] = await Promise.all([listEventShowtimes(actor, event.id), listUsableAuditoriums(actor)]);
  const tz = env().APP_TIMEZONE;

  const rows: ShowtimeRow[] = showtimes.map((s) => {
    const categoryPrices = s.prices.map((p) => `${p.category.name} ${formatMoney(p.priceMinor, s.currency)}`);
    return {
      id: s.id,
      when: formatDateTime(s.startsAt, tz),
      cancelled: s.status === "CANCELLED",
      auditorium: s.auditorium?.name ?? null,
      prices: categoryPrices.length ? categoryPrices.join(" · ") : formatMoney(s.priceMinor, s.currency),
      sold: s.sold,
      places: s.places,
      form: {
        id: s.id,
        startsAt: wallClock(s.startsAt, tz),
        endsAt: s.endsAt ? wallClock(s.endsAt, tz) : "",
        auditoriumId: s.auditorium?.id ?? "",
        price: amount(s.priceMinor),
        currency: s.currency,
        capacity: s.capacity?.toString() ?? "",
        categoryPrices: Object.fromEntries(s.prices.map((p) => [p.categoryId, amount(p.priceMinor)])),
        hasSales: s.sold > 0,
      },
    };
  });
  const last = showtimes.at(-1);
  const newDefaults = {
    // The next showtime defaults to the day after the last one, same time (or the event's start).
    startsAt: wallClock(last ? new Date(last.startsAt.getTime() + 86_400_000) : event.startsAt, tz),
    endsAt: "",
    auditoriumId: auditoriums.find((a) => a.seatCount > 0)?.id ?? "",
    price: event.priceMinor ? amount(event.priceMinor) : "",
    currency: event.currency,
    capacity: event.capacity?.toString() ?? "",
    categoryPrices: {},
    hasSales: false,
  };

  return (
    <ShowtimesManager
      eventId={event.id}
      rows={rows}
      auditoriums={auditoriums.map((a) => ({ id: a.id, name: a.name, shared: a.shared, seatCount: a.seatCount, categories: a.categories }))}
      newDefaults={newDefaults}
      locked={event.status === "CANCELLED"}
    />
  );
}
