import Link from "next/link";
import type { ReactNode } from "react";
import { EventActions } from "@/components/dashboard/event-actions";
import { EventBadges } from "@/components/dashboard/event-badges";
import { TabNav } from "@/components/ui/tab-nav";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { loadDashboardEvent } from "./load-event";

/** One event's dashboard: its header with actions, and tabs for sales, people, showtimes and details. */
export default async function DashboardEventLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireOrganizer(`/dashboard/events/${id}`);
  const event = await loadDashboardEvent(actor, id);
  const base = `/dashboard/events/${event.id}`;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-4">
        <Link href="/dashboard" className="text-sm text-fg-muted hover:text-fg hover:underline">
          ← All events
        </Link>
        <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
          <div className="flex min-w-0 flex-col gap-2">
            <EventBadges event={event} />
            <h2 className="text-2xl font-semibold tracking-tight text-balance text-fg">{event.title}</h2>
            <p className="text-sm text-fg-muted">
              {event.kind === "FILM" ? "Film" : "Event"} · <time dateTime={event.startsAt.toISOString()}>{formatDateTime(event.startsAt, env().APP_TIMEZONE)}</time>
              {event.venue && ` · ${event.venue}`}
              {event.publishedAt && event.status !== "CANCELLED" && (
                <>
                  {" · "}
                  <Link href={`/events/${event.id}`} className="text-brand hover:underline">
                    View public page
                  </Link>
                </>
              )}
            </p>
          </div>
          <EventActions event={event} />
        </div>
        <TabNav
          label="Event sections"
          items={[
            { href: base, label: "Sales", exact: true },
            { href: `${base}/participants`, label: "Participants" },
            { href: `${base}/showtimes`, label: "Showtimes" },
            { href: `${base}/edit`, label: "Details" },
          ]}
        />
      </header>
      {children}
    </div>
  );
}
