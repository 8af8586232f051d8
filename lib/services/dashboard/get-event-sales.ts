import "server-only";
import { db } from "@/lib/db/client";
import { displayName, listEventParticipants } from "@/lib/services/registrations/list-event-participants";
import { openUserPii } from "@/lib/services/users/user-pii";
import { findManagedEventOrThrow, type EventActor } from "./managed-event";

const userSelect = { id: true, username: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } as const;

function person(user: { id: string; username: string; emailCipher: string; firstNameCipher: string | null; lastNameCipher: string | null } | null) {
  if (!user) return { name: "Deleted account", email: null };
  const pii = openUserPii(user);
  return { name: displayName({ username: user.username, ...pii }), email: pii.email };
}

/**
 * An event's sales for its organizer (or an admin): totals, tickets sold and
 * revenue per showtime, and one page of its orders, newest first.
 */
export async function getEventSales(actor: EventActor, eventId: string, options: { page?: number; pageSize?: number } = {}) {
  const id = await findManagedEventOrThrow(actor, eventId);
  const pageSize = Math.min(Math.max(options.pageSize ?? 20, 1), 100);
  const page = Math.max(options.page ?? 1, 1);
  const [showtimes, byShowtime, soldTickets, paidTotals, refundedTotals, orderCount, orders] = await Promise.all([
    db.showtime.findMany({
      where: { eventId: id },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        startsAt: true,
        status: true,
        capacity: true,
        auditorium: { select: { name: true } },
        _count: { select: { tickets: { where: { status: { in: ["VALID", "USED"] } } }, seats: { where: { seat: { isDisabled: false } } } } },
      },
    }),
    db.order.groupBy({ by: ["showtimeId"], where: { eventId: id, status: "PAID" }, _sum: { totalMinor: true } }),
    db.ticket.count({ where: { eventId: id, status: { in: ["VALID", "USED"] } } }),
    db.order.aggregate({ where: { eventId: id, status: "PAID" }, _sum: { totalMinor: true }, _count: true }),
    db.order.aggregate({ where: { eventId: id, status: "REFUNDED" }, _sum: { totalMinor: true }, _count: true }),
    db.order.count({ where: { eventId: id, status: { not: "EXPIRED" } } }),
    db.order.findMany({
      where: { eventId: id, status: { not: "EXPIRED" } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        reference: true,
        status: true,
        totalMinor: true,
        currency: true,
        createdAt: true,
        paidAt: true,
        user: { select: userSelect },
        showtime: { select: { startsAt: true } },
        _count: { select: { items: true } },
      },
    }),
  ]);
  const revenueByShowtime = new Map(byShowtime.map((g) => [g.showtimeId, g._sum.totalMinor ?? 0]));
  return {
    totals: {
      ticketsSold: soldTickets,
      paidOrders: paidTotals._count,
      revenueMinor: paidTotals._sum.totalMinor ?? 0,
      refundedOrders: refundedTotals._count,
      refundedMinor: refundedTotals._sum.totalMinor ?? 0,
    },
    showtimes: showtimes.map(({ _count, ...s }) => ({
      ...s,
      sold: _count.tickets,
      places: s.auditorium ? _count.seats : s.capacity,
      revenueMinor: revenueByShowtime.get(s.id) ?? 0,
    })),
    orders: orders.map(({ user, _count, ...o }) => ({ ...o, buyer: person(user), places: _count.items })),
    page,
    pageSize,
    total: orderCount,
    pageCount: Math.max(Math.ceil(orderCount / pageSize), 1),
  };
}

/**
 * Who comes: registrations (with attendance, from `listEventParticipants`),
 * the waiting list, and the holders of bought tickets with their seats.
 */
export async function getEventPeople(actor: EventActor, eventId: string) {
  const id = await findManagedEventOrThrow(actor, eventId);
  const [{ participants, waitingList }, tickets] = await Promise.all([
    listEventParticipants(actor, id),
    db.ticket.findMany({
      where: { eventId: id, orderId: { not: null }, status: { in: ["VALID", "USED"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
      select: {
        id: true,
        code: true,
        seatLabel: true,
        status: true,
        usedAt: true,
        user: { select: userSelect },
        showtime: { select: { startsAt: true } },
      },
    }),
  ]);
  return {
    participants,
    waitingList,
    ticketHolders: tickets.map(({ user, ...t }) => ({ ...t, holder: person(user) })),
  };
}
