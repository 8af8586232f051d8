import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/http/errors";
import { createShowtimeSchema, type CreateShowtimeInput } from "@/lib/validation/events";

/**
 * Schedules a showtime. A seated showtime gets one inventory row per seat of
 * its auditorium, so every sale later locks and updates exactly those rows.
 */
export async function createShowtime(input: CreateShowtimeInput, tx?: DbTx) {
  const data = createShowtimeSchema.parse(input);
  const run = async (t: DbTx) => {
    const event = await t.event.findUnique({ where: { id: data.eventId }, select: { id: true, durationMinutes: true } });
    if (!event) throw notFound("Event");
    const endsAt = data.endsAt ?? (event.durationMinutes ? new Date(data.startsAt.getTime() + event.durationMinutes * 60_000) : undefined);
    const categories = data.auditoriumId
      ? await t.seatCategory.findMany({ where: { auditoriumId: data.auditoriumId }, select: { id: true, name: true } })
      : [];
    const unknown = Object.keys(data.categoryPrices).filter((name) => !categories.some((c) => c.name === name));
    if (unknown.length) throw new AppError("BAD_REQUEST", `Unknown seat category: ${unknown.join(", ")}`);
    const showtime = await t.showtime.create({
      data: {
        eventId: data.eventId,
        auditoriumId: data.auditoriumId,
        startsAt: data.startsAt,
        endsAt,
        priceMinor: data.priceMinor,
        currency: data.currency,
        capacity: data.capacity,
        prices: {
          create: categories
            .filter((c) => data.categoryPrices[c.name] !== undefined)
            .map((c) => ({ categoryId: c.id, priceMinor: data.categoryPrices[c.name] })),
        },
      },
    });
    if (data.auditoriumId) {
      // A seat-map save locks the auditorium row FOR UPDATE: wait for it, so this showtime gets the seats it commits.
      await t.$queryRaw`SELECT id FROM auditoriums WHERE id = ${data.auditoriumId}::uuid FOR SHARE`;
      const seats = await t.seat.findMany({ where: { auditoriumId: data.auditoriumId }, select: { id: true } });
      if (!seats.length) throw notFound("Auditorium");
      await t.showtimeSeat.createMany({ data: seats.map((s) => ({ showtimeId: showtime.id, seatId: s.id })) });
    }
    return showtime;
  };
  return tx ? run(tx) : db.$transaction(run);
}
