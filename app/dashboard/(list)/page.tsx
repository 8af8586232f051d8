import type { Metadata } from "next";
import Link from "next/link";
import { EventsTable } from "@/components/dashboard/events-table";
import { FormMessage } from "@/components/forms/form-message";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Pagination } from "@/components/ui/table";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { env } from "@/lib/env";
import { listDashboardEvents } from "@/lib/services/dashboard/list-dashboard-events";
import { dashboardEventsQuerySchema } from "@/lib/validation/dashboard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The events an organizer manages (admins: all), drafts included: search (`q`) and 20 per page (`page`). */
export default async function DashboardEventsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireOrganizer("/dashboard");
  const params = await searchParams;
  const query = dashboardEventsQuerySchema.parse(params);
  const result = await listDashboardEvents(actor, { search: query.q, page: query.page, pageSize: 20 });
  const hrefForPage = (page: number) => `/dashboard?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page) })}`;
  const createLink = (
    <Link href="/dashboard/events/new" className={buttonClasses()}>
      <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className="size-4">
        <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
      </svg>
      Create event
    </Link>
  );

  return (
    <section aria-labelledby="events-heading" className="flex scroll-mt-20 flex-col gap-5">
      {params.deleted === "1" && <FormMessage ok message="The event was deleted." />}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="events-heading" className="text-xl font-semibold tracking-tight text-fg">
            {actor.role === "ADMIN" ? "All events" : "Your events"} <span className="font-normal text-fg-muted tabular-nums">({result.total})</span>
          </h2>
          <p className="mt-1 text-sm text-fg-muted">Drafts, published and cancelled events, latest first.</p>
        </div>
        {createLink}
      </div>
      <form role="search" action="/dashboard" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Input name="q" type="search" label="Search events" defaultValue={query.q} placeholder="Title or venue" containerClassName="sm:w-80" key={`q-${query.q ?? ""}`} />
        <div className="flex gap-2">
          <Button type="submit" variant="outline">
            Search
          </Button>
          {query.q && (
            <Link href="/dashboard" className={buttonClasses({ variant: "ghost" })}>
              Clear
            </Link>
          )}
        </div>
      </form>
      {result.events.length ? (
        <>
          <EventsTable events={result.events} timeZone={env().APP_TIMEZONE} />
          {result.pageCount > 1 && <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={hrefForPage} />}
        </>
      ) : result.total > 0 ? (
        <EmptyState
          title="This page is empty"
          description={`There ${result.pageCount === 1 ? "is 1 page" : `are ${result.pageCount} pages`} of events.`}
          action={
            <Link href={hrefForPage(1)} className={buttonClasses({ variant: "outline" })}>
              Back to the first page
            </Link>
          }
        />
      ) : query.q ? (
        <EmptyState title="No events match" description={`Nothing has “${query.q}” in its title or venue.`} action={<Link href="/dashboard" className={buttonClasses({ variant: "outline" })}>Show all events</Link>} />
      ) : (
        <EmptyState
          icon={
            <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5">
              <rect x="3" y="5" width="18" height="16" rx="2" />
              <path d="M3 10h18M8 3v4M16 3v4" strokeLinecap="round" />
            </svg>
          }
          title="No events yet"
          description="Create your first event: a film with showtimes in your auditoriums, or a conference with a capacity. It stays a draft until you publish it."
          action={createLink}
        />
      )}
    </section>
  );
}
