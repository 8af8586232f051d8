import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type UpcomingEventsQuery = {
  kind?: "FILM" | "CONFERENCE";
  search?: string;
  /** Free: no price anywhere; paid: general admission or some show costs money. */
  price?: "free" | "paid";
  venue?: string;
  /** Only events happening in [from, to): a film with a show in it, or an event overlapping it. */
  from?: Date;
  to?: Date;
  page?: number;
  pageSize?: number;
  now?: Date;
};

/** Not over by `at`: ends at or after it, or (without an end) starts at or after it. */
const notOverBy = (at: Date): Prisma.EventWhereInput => ({ OR: [{ endsAt: { gte: at } }, { endsAt: null, startsAt: { gte: at } }] });

/** Published, not cancelled and not over: what the public lists show. */
const listedAt = (now: Date): Prisma.EventWhereInput => ({ publishedAt: { not: null }, status: { not: "CANCELLED" }, ...notOverBy(now) });

function priceCondition(price: "free" | "paid"): Prisma.EventWhereInput {
  const paidShow: Prisma.EventWhereInput = { showtimes: { some: { status: "SCHEDULED", priceMinor: { gt: 0 } } } };
  return price === "paid" ? { OR: [{ priceMinor: { gt: 0 } }, paidShow] } : { priceMinor: 0, NOT: paidShow };
}

function dateCondition(from: Date | undefined, to: Date | undefined, now: Date): Prisma.EventWhereInput {
  const start = from && from > now ? from : now;
  const showInRange: Prisma.ShowtimeWhereInput = { status: "SCHEDULED", startsAt: { gte: start, ...(to ? { lt: to } : {}) } };
  return {
    OR: [
      { kind: "FILM", showtimes: { some: showInRange } },
      {
        kind: "CONFERENCE",
        ...(to ? { startsAt: { lt: to } } : {}),
        ...notOverBy(start),
      },
    ],
  };
}

/** Published, not cancelled events that have not ended, soonest first, narrowed by the list's filters. */
export async function listUpcomingEvents(query: UpcomingEventsQuery = {}) {
  const now = query.now ?? new Date();
  const pageSize = Math.min(Math.max(query.pageSize ?? 12, 1), 100);
  const page = Math.max(query.page ?? 1, 1);
  const conditions: Prisma.EventWhereInput[] = [listedAt(now)];
  if (query.kind) conditions.push({ kind: query.kind });
  if (query.search) conditions.push({ title: { contains: query.search, mode: "insensitive" } });
  if (query.venue) conditions.push({ venue: { equals: query.venue, mode: "insensitive" } });
  if (query.price) conditions.push(priceCondition(query.price));
  if (query.from || query.to) conditions.push(dateCondition(query.from, query.to, now));
  const where: Prisma.EventWhereInput = { AND: conditions };
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

/** The venues of upcoming published events, for the list's venue filter. */
export async function listUpcomingVenues(now = new Date()): Promise<string[]> {
  const rows = await db.event.findMany({
    where: { ...listedAt(now), venue: { not: null } },
    distinct: ["venue"],
    orderBy: { venue: "asc" },
    select: { venue: true },
    take: 200,
  });
  return rows.map((r) => r.venue).filter((v): v is string => Boolean(v));
}
