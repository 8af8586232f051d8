import Link from "next/link";
import { EventCard } from "@/components/events/event-card";
import { FilmShowings } from "@/components/events/film-showings";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { listUpcomingEvents } from "@/lib/services/events/list-upcoming-events";
import { getDaySchedule } from "@/lib/services/schedule/get-day-schedule";
import { todayIn } from "@/lib/time";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const tz = env().APP_TIMEZONE;
  const now = new Date();
  const today = todayIn(tz, now);
  const [schedule, upcoming] = await Promise.all([
    getDaySchedule(today, now),
    listUpcomingEvents({ kind: "CONFERENCE", pageSize: 6, now }),
  ]);

  return (
    <div className="flex flex-col gap-14">
      <section className="relative overflow-hidden rounded-2xl border border-border bg-surface px-6 py-10 sm:px-10 sm:py-14">
        <div aria-hidden className="pointer-events-none absolute -right-24 -top-24 h-72 w-72 rounded-full bg-brand/15 blur-3xl" />
        <p className="text-sm font-medium text-brand">{formatDate(now, tz)}</p>
        <h1 className="mt-2 max-w-2xl text-3xl font-bold tracking-tight text-fg sm:text-5xl">Films tonight, events all season.</h1>
        <p className="mt-4 max-w-xl text-base text-fg-muted sm:text-lg">
          Pick your seat on the map, pay in seconds, and walk in with the QR code on your phone.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/schedule" className={buttonClasses({ size: "lg" })}>
            Today&apos;s films
          </Link>
          <Link href="/events" className={buttonClasses({ variant: "outline", size: "lg" })}>
            Browse events
          </Link>
        </div>
      </section>

      <section aria-labelledby="today-heading" className="flex flex-col gap-5">
        <div className="flex items-end justify-between gap-4">
          <div>
            <h2 id="today-heading" className="text-2xl font-semibold tracking-tight text-fg">Today at the cinema</h2>
            <p className="mt-1 text-sm text-fg-muted">Choose a time to pick your seats.</p>
          </div>
          <Link href="/schedule" className="text-sm font-medium text-brand hover:underline">
            Full schedule →
          </Link>
        </div>
        {schedule.films.length ? (
          <div className="flex flex-col gap-4">
            {schedule.films.map((entry) => (
              <FilmShowings key={entry.film.id} entry={entry} now={now} />
            ))}
          </div>
        ) : (
          <EmptyState title="No films today" description="There are no shows scheduled for today. Have a look at the coming days." action={<Link href="/schedule" className={buttonClasses({ variant: "outline" })}>See the schedule</Link>} />
        )}
      </section>

      <section aria-labelledby="events-heading" className="flex flex-col gap-5">
        <div className="flex items-end justify-between gap-4">
          <div>
            <h2 id="events-heading" className="text-2xl font-semibold tracking-tight text-fg">Upcoming events</h2>
            <p className="mt-1 text-sm text-fg-muted">Talks, workshops and conferences.</p>
          </div>
          <Link href="/events" className="text-sm font-medium text-brand hover:underline">
            All events →
          </Link>
        </div>
        {upcoming.events.length ? (
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {upcoming.events.map((event) => (
              <EventCard key={event.id} event={event} timeZone={tz} />
            ))}
          </div>
        ) : (
          <EmptyState title="No upcoming events" description="New events appear here as soon as organizers publish them." />
        )}
      </section>
    </div>
  );
}
