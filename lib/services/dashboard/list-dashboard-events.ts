import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanManageEvents, type EventActor } from "./managed-event";

export type DashboardEventsQuery = { search?: string; page?: number; pageSize?: number };

type Figures = { id: string; sold: bigint; revenue: bigint; seats: bigint };

/**
 * The events an organizer manages (an admin: all), drafts included, newest
 * start first, with tickets sold, places on offer and revenue. Places are the
 * general-admission capacity, or else the sellable seats and capacities of
 * the scheduled showtimes (null: unlimited).
 */
export async function listDashboardEvents(actor: EventActor, query: DashboardEventsQuery = {}) {
  assertCanManageEvents(actor);
  const pageSize = Math.min(Math.max(query.pageSize ?? 20, 1), 100);
  const page = Math.max(query.page ?? 1, 1);
  const where: Prisma.EventWhereInput = {
    ...(actor.role === "ADMIN" ? {} : { organizerId: actor.userId }),
    ...(query.search ? { OR: [{ title: { contains: query.search, mode: "insensitive" } }, { venue: { contains: query.search, mode: "insensitive" } }] } : {}),
  };
  const [total, events] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        title: true,
        kind: true,
        venue: true,
        startsAt: true,
        status: true,
        ticketStatus: true,
        publishedAt: true,
        capacity: true,
        currency: true,
        imagePath: true,
        _count: { select: { showtimes: { where: { status: "SCHEDULED" } } } },
      },
    }),
  ]);
  const ids = events.map((e) => e.id);
  const figures = ids.length
    ? await db.$queryRaw<Figures[]>`
        SELECT e.id,
          (SELECT count(*) FROM tickets t WHERE t.event_id = e.id AND t.status IN ('VALID', 'USED')) AS sold,
          (SELECT coalesce(sum(o.total_minor), 0) FROM orders o WHERE o.event_id = e.id AND o.status = 'PAID') AS revenue,
          (SELECT count(*) FROM showtime_seats ss
             JOIN showtimes st ON st.id = ss.showtime_id JOIN seats s ON s.id = ss.seat_id
             WHERE st.event_id = e.id AND st.status = 'SCHEDULED' AND NOT s.is_disabled)
          + (SELECT coalesce(sum(st.capacity), 0) FROM showtimes st
             WHERE st.event_id = e.id AND st.status = 'SCHEDULED' AND st.auditorium_id IS NULL) AS seats
        FROM events e WHERE e.id = ANY(${ids}::uuid[])`
    : [];
  const byId = new Map(figures.map((f) => [f.id, f]));
  return {
    events: events.map(({ _count, ...e }) => {
      const f = byId.get(e.id);
      const seats = Number(f?.seats ?? 0);
      return {
        ...e,
        showtimeCount: _count.showtimes,
        sold: Number(f?.sold ?? 0),
        places: e.capacity ?? (seats > 0 ? seats : null),
        revenueMinor: Number(f?.revenue ?? 0),
      };
    }),
    page,
    pageSize,
    total,
    pageCount: Math.max(Math.ceil(total / pageSize), 1),
  };
}

export type DashboardEventRow = Awaited<ReturnType<typeof listDashboardEvents>>["events"][number];
