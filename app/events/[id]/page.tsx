import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { RegistrationPanel } from "@/components/events/registration-panel";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { env } from "@/lib/env";
import { formatDate, formatDateTime, formatDuration, formatMoney } from "@/lib/format";
import { AppError } from "@/lib/http/errors";
import { getSessionActor } from "@/lib/auth/viewer";
import { getEventPage } from "@/lib/services/events/get-event-page";
import { getViewerRegistration } from "@/lib/services/registrations/get-viewer-registration";
import { zonedDateTime } from "@/lib/time";

export const dynamic = "force-dynamic";

const load = cache(async (id: string) => {
  try {
    return await getEventPage(id, env().APP_TIMEZONE);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const event = await load((await params).id);
  const tz = env().APP_TIMEZONE;
  const film = event.kind === "FILM";
  const cancelled = event.status === "CANCELLED";

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <Link href={film ? "/schedule" : "/events"} className="text-sm text-fg-muted hover:text-fg hover:underline">
          ← {film ? "Film schedule" : "All events"}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant="brand">{film ? "Film" : "Event"}</Badge>
          {event.rating && <Badge>{event.rating}</Badge>}
          {cancelled && <Badge variant="danger">Cancelled</Badge>}
          {!cancelled && event.ticketStatus === "SOLD_OUT" && <Badge variant="warning">Sold out</Badge>}
        </div>
        <h1 className="text-3xl font-bold tracking-tight text-balance text-fg sm:text-4xl">{event.title}</h1>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-fg-muted">
          {film ? (
            <>
              {event.durationMinutes && <span>{formatDuration(event.durationMinutes)}</span>}
              {event.genres.length > 0 && <span>· {event.genres.join(", ")}</span>}
              <span>· from {formatMoney(event.fromPriceMinor, event.currency)}</span>
            </>
          ) : (
            <time dateTime={event.startsAt.toISOString()} className="font-medium text-fg">
              {formatDateTime(event.startsAt, tz)}
              {event.endsAt && ` – ${formatDateTime(event.endsAt, tz)}`}
            </time>
          )}
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
        <div className="flex flex-col gap-8">
          {event.description && <p className="max-w-prose leading-relaxed whitespace-pre-line text-fg">{event.description}</p>}
          {film ? <Showings event={event} timeZone={tz} /> : <ConferenceDetails event={event} />}
        </div>
        <Card>
          <CardContent className="flex flex-col gap-4 text-sm">
            <Fact label="Where">{event.venue ?? "To be announced"}</Fact>
            {!film && (
              <Fact label="When">
                {formatDateTime(event.startsAt, tz)}
                {event.endsAt && <span className="block text-fg-muted">until {formatDateTime(event.endsAt, tz)}</span>}
              </Fact>
            )}
            <Fact label="Price">{film ? `from ${formatMoney(event.fromPriceMinor, event.currency)}` : formatMoney(event.priceMinor, event.currency)}</Fact>
            {film ? (
              <Fact label="Shows">{event.days.reduce((n, d) => n + d.shows.length, 0)} upcoming</Fact>
            ) : (
              <Fact label="Places left">{event.placesLeft === null ? "No limit" : event.placesLeft === 0 ? "Fully booked" : event.placesLeft}</Fact>
            )}
            {!film && <Admission event={event} />}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

/** Why this general-admission event takes nobody now, or null when it does. */
function admissionClosed(event: Loaded, now = new Date()): string | null {
  if (event.status === "CANCELLED") return "This event has been cancelled.";
  if (event.status === "COMPLETED" || event.startsAt <= now) return "This event has already taken place.";
  if (event.ticketStatus === "CLOSED") return "Registration for this event is closed.";
  return null;
}

async function Admission({ event }: { event: Loaded }) {
  const actor = await getSessionActor();
  const registration = actor ? await getViewerRegistration(event.id, actor.userId) : null;
  return (
    <RegistrationPanel
      eventId={event.id}
      eventPath={`/events/${event.id}`}
      signedIn={Boolean(actor)}
      closedReason={admissionClosed(event)}
      full={event.placesLeft === 0 || event.ticketStatus === "SOLD_OUT"}
      price={event.priceMinor > 0 ? formatMoney(event.priceMinor, event.currency) : null}
      registration={registration}
    />
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <p className="text-xs font-medium tracking-wide text-fg-muted uppercase">{label}</p>
      <div className="mt-0.5 font-medium text-fg">{children}</div>
    </div>
  );
}

type Loaded = Awaited<ReturnType<typeof getEventPage>>;

function Showings({ event, timeZone }: { event: Loaded; timeZone: string }) {
  return (
    <section aria-labelledby="shows-heading" className="flex flex-col gap-4">
      <h2 id="shows-heading" className="text-xl font-semibold text-fg">
        Shows
      </h2>
      {event.days.length === 0 ? (
        <EmptyState title="No upcoming shows" description="Check the schedule again soon." />
      ) : (
        <ol className="flex flex-col gap-4">
          {event.days.map((day) => (
            <li key={day.date} className="flex flex-col gap-2 border-b border-border pb-4 last:border-0 sm:flex-row sm:items-start sm:gap-6">
              <h3 className="w-40 shrink-0 pt-3 text-sm font-semibold text-fg">{formatDate(zonedDateTime(day.date, "12:00", timeZone), timeZone)}</h3>
              <ul className="flex flex-wrap gap-2" aria-label={`Shows on ${day.date}`}>
                {day.shows.map((show) => {
                  const full = show.freeSeats === 0;
                  const label = `${show.time}${show.hall ? `, ${show.hall}` : ""}: ${full ? "sold out" : `${show.freeSeats} seats free`}`;
                  return (
                    <li key={show.id}>
                      {full ? (
                        <span aria-label={label} className="inline-flex h-14 min-w-24 flex-col items-center justify-center rounded-lg border border-border px-3 text-fg-muted opacity-60">
                          <span className="font-mono text-sm font-semibold line-through">{show.time}</span>
                          <span className="text-[11px]">sold out</span>
                        </span>
                      ) : (
                        <Link
                          href={`/showtimes/${show.id}`}
                          aria-label={label}
                          className="inline-flex h-14 min-w-24 flex-col items-center justify-center rounded-lg border border-border bg-surface px-3 text-fg transition-colors hover:border-brand hover:bg-brand-soft"
                        >
                          <span className="font-mono text-sm font-semibold">{show.time}</span>
                          <span className="text-[11px] text-fg-muted">
                            {show.hall ? `${show.hall} · ` : ""}
                            {show.freeSeats} free
                          </span>
                        </Link>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ConferenceDetails({ event }: { event: Loaded }) {
  return (
    <div className="flex flex-col gap-6">
      {event.speakers.length > 0 && (
        <section aria-labelledby="speakers-heading">
          <h2 id="speakers-heading" className="mb-3 text-xl font-semibold text-fg">
            Speakers
          </h2>
          <ul className="flex flex-wrap gap-2">
            {event.speakers.map((s) => (
              <li key={s} className="rounded-full border border-border bg-surface px-3 py-1 text-sm text-fg">
                {s}
              </li>
            ))}
          </ul>
        </section>
      )}
      {event.subEvents.length > 0 && (
        <section aria-labelledby="programme-heading">
          <h2 id="programme-heading" className="mb-3 text-xl font-semibold text-fg">
            Programme
          </h2>
          <ul className="list-inside list-disc space-y-1 text-fg">
            {event.subEvents.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      {event.prize && (
        <p className="text-sm text-fg-muted">
          <span className="font-medium text-fg">Prizes:</span> {event.prize}
        </p>
      )}
    </div>
  );
}
