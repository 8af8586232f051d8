import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { EventKind, EventStatus, TicketSaleStatus } from "@/lib/generated/prisma/enums";

export type LockedEvent = {
  id: string;
  title: string;
  startsAt: Date;
  venue: string | null;
  kind: EventKind;
  status: EventStatus;
  ticketStatus: TicketSaleStatus;
  publishedAt: Date | null;
  capacity: number | null;
  priceMinor: number;
  organizerId: string | null;
};

/**
 * Locks an event row for the rest of the transaction: registrations,
 * cancellations and capacity changes of one event run one after another, so
 * places are counted from the rows without a race.
 */
export async function lockEvent(tx: DbTx, eventId: string): Promise<LockedEvent | null> {
  const [event] = await tx.$queryRaw<LockedEvent[]>`
    SELECT id, title, starts_at AS "startsAt", venue, kind::text AS kind, status::text AS status,
           ticket_status::text AS "ticketStatus", published_at AS "publishedAt", capacity,
           price_minor AS "priceMinor", organizer_id AS "organizerId"
    FROM events WHERE id = ${eventId}::uuid FOR UPDATE`;
  return event ?? null;
}
