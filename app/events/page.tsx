import type { Metadata } from "next";
import { z } from "zod";
import { EventCard } from "@/components/events/event-card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/table";
import { env } from "@/lib/env";
import { listUpcomingEvents } from "@/lib/services/events/list-upcoming-events";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = querySchema.parse(await searchParams);
  const tz = env().APP_TIMEZONE;
  const result = await listUpcomingEvents({ search: query.q, page: query.page, pageSize: 12 });
  const hrefForPage = (page: number) => `/events?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page) })}`;

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-fg">Events</h1>
          <p className="mt-1 text-fg-muted">Everything coming up, soonest first.</p>
        </div>
        <form role="search" action="/events" className="flex w-full gap-2 sm:w-auto">
          <label htmlFor="event-search" className="sr-only">Search events</label>
          <input
            id="event-search"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Search by title"
            className="h-10 w-full rounded-lg border border-border bg-surface px-3 text-sm text-fg placeholder:text-fg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring sm:w-64"
          />
          <button className="h-10 rounded-lg bg-brand px-4 text-sm font-medium text-brand-fg hover:bg-brand/90">Search</button>
        </form>
      </header>
      {result.events.length ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.events.map((event) => (
              <EventCard key={event.id} event={event} timeZone={tz} />
            ))}
          </div>
          {result.pageCount > 1 && <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={hrefForPage} />}
        </>
      ) : (
        <EmptyState
          title={query.q ? `No events match “${query.q}”` : "No upcoming events"}
          description={query.q ? "Try another word, or clear the search." : "New events appear here as soon as organizers publish them."}
        />
      )}
    </div>
  );
}
