import "server-only";
import { db } from "@/lib/db/client";
import { canEditAuditorium, visibleAuditoriums, type AuditoriumActor } from "./auditorium-access";

/** The seat maps the actor can see, with seat counts and how many showtimes use each. */
export async function listAuditoriums(actor: AuditoriumActor) {
  const rows = await db.auditorium.findMany({
    where: visibleAuditoriums(actor),
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      venue: true,
      organizerId: true,
      rowCount: true,
      columnCount: true,
      updatedAt: true,
      _count: { select: { seats: true, showtimes: true, categories: true } },
    },
  });
  return rows.map(({ _count, ...a }) => ({
    ...a,
    seatCount: _count.seats,
    showtimeCount: _count.showtimes,
    categoryCount: _count.categories,
    shared: a.organizerId === null,
    editable: canEditAuditorium(actor, a),
  }));
}

export type AuditoriumListItem = Awaited<ReturnType<typeof listAuditoriums>>[number];
