import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime, formatMoney } from "@/lib/format";

export type EventCardData = {
  id: string;
  title: string;
  description: string;
  kind: "FILM" | "CONFERENCE";
  venue: string | null;
  startsAt: Date;
  capacity: number | null;
  priceMinor: number;
  currency: string;
  ticketStatus: "AVAILABLE" | "SOLD_OUT" | "CLOSED";
  registeredCount: number;
};

function DateBlock({ date, timeZone }: { date: Date; timeZone: string }) {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric" }).format(date);
  const month = new Intl.DateTimeFormat("en-GB", { timeZone, month: "short" }).format(date);
  return (
    <div aria-hidden className="flex h-14 w-14 shrink-0 flex-col items-center justify-center rounded-xl bg-brand-soft text-brand">
      <span className="text-xs font-semibold uppercase tracking-wide">{month}</span>
      <span className="text-xl font-bold leading-none">{day}</span>
    </div>
  );
}

export function EventCard({ event, timeZone }: { event: EventCardData; timeZone: string }) {
  const placesLeft = event.capacity === null ? null : Math.max(event.capacity - event.registeredCount, 0);
  const soldOut = event.ticketStatus === "SOLD_OUT" || placesLeft === 0;
  return (
    <article className="group relative flex flex-col gap-4 rounded-xl border border-border bg-surface p-5 shadow-xs transition-shadow hover:shadow-md">
      <div className="flex items-start gap-4">
        <DateBlock date={event.startsAt} timeZone={timeZone} />
        <div className="min-w-0">
          <h3 className="font-semibold leading-snug text-fg">
            <Link href={`/events/${event.id}`} className="after:absolute after:inset-0 focus-visible:outline-none">
              {event.title}
            </Link>
          </h3>
          <p className="mt-1 text-sm text-fg-muted">
            <time dateTime={event.startsAt.toISOString()}>{formatDateTime(event.startsAt, timeZone)}</time>
            {event.venue ? ` · ${event.venue}` : ""}
          </p>
        </div>
      </div>
      <p className="line-clamp-2 text-sm text-fg-muted">{event.description}</p>
      <div className="mt-auto flex flex-wrap items-center gap-2">
        <Badge variant={event.priceMinor === 0 ? "success" : "neutral"}>{formatMoney(event.priceMinor, event.currency)}</Badge>
        {soldOut ? (
          <Badge variant="danger">Sold out</Badge>
        ) : event.ticketStatus === "CLOSED" ? (
          <Badge variant="warning">Sales closed</Badge>
        ) : placesLeft !== null ? (
          <Badge variant={placesLeft <= 10 ? "warning" : "brand"}>
            {placesLeft} {placesLeft === 1 ? "place" : "places"} left
          </Badge>
        ) : null}
      </div>
    </article>
  );
}
