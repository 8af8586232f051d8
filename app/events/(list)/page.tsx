import type { Metadata } from "next";
import Link from "next/link";
import { EventCard } from "@/components/events/event-card";
import { EventFilters } from "@/components/events/event-filters";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/table";
import { env } from "@/lib/env";
import { listUpcomingEvents, listUpcomingVenues } from "@/lib/services/events/list-upcoming-events";
import { dateIn, zonedDayRange } from "@/lib/time";
import { activeFilterCount, eventListFiltersSchema } from "@/lib/validation/event-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = eventListFiltersSchema.parse(await searchParams);
  const tz = env().APP_TIMEZONE;
  const now = new Date();
  const [result, venues] = await Promise.all([
    listUpcomingEvents({
      search: filters.q,
      kind: filters.kind === "film" ? "FILM" : filters.kind === "conference" ? "CONFERENCE" : undefined,
      price: filters.price,
      venue: filters.venue,
      from: filters.from ? zonedDayRange(filters.from, tz).start : undefined,
      to: filters.to ? zonedDayRange(filters.to, tz).end : undefined,
      page: filters.page,
      pageSize: 12,
      now,
    }),
    listUpcomingVenues(now),
  ]);
  const { page: _page, reversedDates, ...values } = filters;
  const activeCount = activeFilterCount(filters);
  const hrefForPage = (page: number) => {
    const params = new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string"));
    params.set("page", String(page));
    return `/events?${params}`;
  };

  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-fg">Events</h1>
        <p className="mt-1 text-fg-muted">Everything coming up, soonest first.</p>
      </header>
      {/* Keyed by the filters: a link to other filters (Clear all) remounts the form, so no stale text stays in its fields. */}
      <EventFilters key={JSON.stringify(values)} values={values} venues={venues} today={dateIn(now, tz)} activeCount={activeCount} />
      {reversedDates && (
        <p role="status" className="text-sm text-warning">
          The “until” date was before the “from” date, so it was left out.
        </p>
      )}
      {result.events.length ? (
        <>
          <p className="text-sm text-fg-muted" aria-live="polite">
            {result.total === 1 ? "1 event" : `${result.total} events`}
          </p>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.events.map((event) => (
              <EventCard key={event.id} event={event} timeZone={tz} />
            ))}
          </div>
          {result.pageCount > 1 && <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={hrefForPage} />}
        </>
      ) : (
        <EmptyState
          title={activeCount ? "No events match these filters" : "No upcoming events"}
          description={activeCount ? "Try fewer filters or other dates." : "New events appear here as soon as organizers publish them."}
          action={
            activeCount ? (
              <Link href="/events" className={buttonClasses({ variant: "outline" })}>
                Clear all filters
              </Link>
            ) : undefined
          }
        />
      )}
    </div>
  );
}
