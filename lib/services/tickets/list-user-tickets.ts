import "server-only";
import { db } from "@/lib/db/client";

/** A user's tickets with what a ticket list shows, the newest show first. */
export async function listUserTickets(userId: string) {
  const tickets = await db.ticket.findMany({
    where: { userId },
    select: {
      id: true,
      code: true,
      status: true,
      seatLabel: true,
      usedAt: true,
      createdAt: true,
      event: { select: { id: true, title: true, startsAt: true } },
      showtime: { select: { id: true, startsAt: true, auditorium: { select: { name: true } } } },
      order: { select: { id: true, reference: true } },
    },
  });
  return tickets
    .map((t) => ({
      id: t.id,
      code: t.code,
      status: t.status,
      seatLabel: t.seatLabel,
      usedAt: t.usedAt,
      eventId: t.event.id,
      eventTitle: t.event.title,
      showtimeId: t.showtime?.id ?? null,
      // General-admission tickets have no showtime: the event's start stands in.
      startsAt: t.showtime?.startsAt ?? t.event.startsAt,
      hall: t.showtime?.auditorium?.name ?? null,
      orderId: t.order?.id ?? null,
      orderReference: t.order?.reference ?? null,
      createdAt: t.createdAt,
    }))
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || (a.seatLabel ?? "").localeCompare(b.seatLabel ?? "", "en", { numeric: true }));
}

export type UserTicket = Awaited<ReturnType<typeof listUserTickets>>[number];
