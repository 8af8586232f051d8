import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime, formatMoney } from "@/lib/format";
import type { DashboardEventRow } from "@/lib/services/dashboard/list-dashboard-events";
import { uploadUrl } from "@/lib/services/uploads/upload-files";
import { EventBadges, SoldMeter } from "./event-badges";

/** A small preview of the event image, or a neutral tile. */
function Thumbnail({ imagePath }: { imagePath: string | null }) {
  const src = uploadUrl(imagePath);
  return (
    <span className="flex size-10 shrink-0 items-center justify-center overflow-hidden rounded-md border border-border bg-surface-muted" aria-hidden="true">
      {/* eslint-disable-next-line @next/next/no-img-element -- uploads are already resized WebP */}
      {src && <img src={src} alt="" className="size-full object-cover" loading="lazy" />}
    </span>
  );
}

const revenue = (e: DashboardEventRow) => (e.revenueMinor ? formatMoney(e.revenueMinor, e.currency) : "—");

/** The organizer's events: a table from md up, stacked cards on phones. */
export function EventsTable({ events, timeZone }: { events: DashboardEventRow[]; timeZone: string }) {
  return (
    <>
      <Table aria-label="Your events" containerClassName="hidden md:block">
        <TableHeader>
          <TableRow>
            <TableHead>Event</TableHead>
            <TableHead>Starts</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Sold</TableHead>
            <TableHead align="right">Revenue</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell className="max-w-96">
                <div className="flex items-center gap-3">
                  <Thumbnail imagePath={event.imagePath} />
                  <div className="min-w-0">
                    <Link href={`/dashboard/events/${event.id}`} className="font-medium text-fg hover:text-brand hover:underline">
                      {event.title}
                    </Link>
                    <p className="truncate text-xs text-fg-muted">
                      {event.kind === "FILM" ? `Film · ${event.showtimeCount} showtime${event.showtimeCount === 1 ? "" : "s"}` : "Event"}
                      {event.venue && ` · ${event.venue}`}
                    </p>
                  </div>
                </div>
              </TableCell>
              <TableCell className="whitespace-nowrap text-fg-muted">
                <time dateTime={event.startsAt.toISOString()}>{formatDateTime(event.startsAt, timeZone)}</time>
              </TableCell>
              <TableCell>
                <EventBadges event={event} />
              </TableCell>
              <TableCell>
                <SoldMeter sold={event.sold} places={event.places} />
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">{revenue(event)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ul aria-label="Your events" className="flex flex-col gap-3 md:hidden">
        {events.map((event) => (
          <li key={event.id}>
            <Link
              href={`/dashboard/events/${event.id}`}
              className="flex flex-col gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs transition-colors hover:bg-surface-muted/60"
            >
              <span className="flex items-start justify-between gap-3">
                <span className="flex min-w-0 flex-col">
                  <span className="font-medium text-fg">{event.title}</span>
                  <time dateTime={event.startsAt.toISOString()} className="text-sm text-fg-muted">
                    {formatDateTime(event.startsAt, timeZone)}
                  </time>
                </span>
                <EventBadges event={event} />
              </span>
              <span className="flex items-end justify-between gap-4 text-sm">
                <SoldMeter sold={event.sold} places={event.places} />
                {event.revenueMinor ? <span className="tabular-nums text-fg">{revenue(event)}</span> : <span className="text-fg-muted">No sales yet</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
