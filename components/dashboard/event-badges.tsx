import { Badge } from "@/components/ui/badge";
import type { EventStatus, TicketSaleStatus } from "@/lib/generated/prisma/enums";

const statusLabel: Record<EventStatus, string> = { UPCOMING: "Upcoming", ONGOING: "Ongoing", COMPLETED: "Completed", CANCELLED: "Cancelled" };

/** Draft / published / cancelled first (what an organizer scans for), then the schedule state and sales state when noteworthy. */
export function EventBadges({ event }: { event: { status: EventStatus; ticketStatus: TicketSaleStatus; publishedAt: Date | null } }) {
  if (event.status === "CANCELLED") return <Badge variant="danger">Cancelled</Badge>;
  return (
    <span className="flex flex-wrap gap-1.5">
      {event.publishedAt ? <Badge variant="success">Published</Badge> : <Badge>Draft</Badge>}
      {event.status !== "UPCOMING" && <Badge variant={event.status === "ONGOING" ? "brand" : "neutral"}>{statusLabel[event.status]}</Badge>}
      {event.ticketStatus === "SOLD_OUT" && <Badge variant="warning">Sold out</Badge>}
      {event.ticketStatus === "CLOSED" && <Badge variant="warning">Sales closed</Badge>}
    </span>
  );
}

/** "12 / 200" with a thin bar; "12 sold" when there is no limit. */
export function SoldMeter({ sold, places }: { sold: number; places: number | null }) {
  if (places === null) return <span className="tabular-nums">{sold} sold</span>;
  const share = places > 0 ? Math.min(sold / places, 1) : 0;
  return (
    <span className="flex min-w-24 flex-col gap-1">
      <span className="tabular-nums">
        {sold} <span className="text-fg-muted">/ {places}</span>
      </span>
      <span className="h-1.5 w-full overflow-hidden rounded-full bg-surface-muted" aria-hidden="true">
        <span className="block h-full rounded-full bg-brand" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
    </span>
  );
}
