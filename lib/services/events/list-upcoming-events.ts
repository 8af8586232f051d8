import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type UpcomingEventsQuery = { kind?: "FILM" | "CONFERENCE"; search?: string; page?: number; pageSize?: number; now?: Date };

/** Published, not cancelled events that have not ended, soonest first. */
export async function listUpcomingEvents(query: UpcomingEventsQuery = {}) {
  const now = query.now ?? new Date();
  const pageSize = Math.min(Math.max(query.pageSize ?? 12, 1), 100);
  const page = Math.max(query.page ?? 1, 1);
  const where: Prisma.EventWhereInput = {
    publishedAt: { not: null },
    status: { not: "CANCELLED" },
    OR: [{ endsAt: { gte: now } }, { endsAt: null, startsAt: { gte: now } }],
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.search ? { title: { contains: query.search, mode: "insensitive" } } : {}),
  };
  const [total, events] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        title: true,
        description: true,
        kind: true,
        venue: true,
        startsAt: true,
        endsAt: true,
        imagePath: true,
        capacity: true,
        priceMinor: true,
        currency: true,
        ticketStatus: true,
        _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
      },
    }),
  ]);
  return {
    events: events.map(({ _count, ...e }) => ({ ...e, registeredCount: _count.registrations })),
    page,
    pageSize,
    total,
    pageCount: Math.max(Math.ceil(total / pageSize), 1),
  };
}
