import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";

export type SeatMapSeatState = "free" | "taken" | "mine";

export type SeatMapSeat = {
  label: string;
  rowLabel: string;
  number: number;
  row: number;
  column: number;
  categoryId: string | null;
  isAccessible: boolean;
  isDisabled: boolean;
  state: SeatMapSeatState;
};

export type SeatMapCategory = { id: string; name: string; color: string; priceMinor: number };

/**
 * A showtime's seat map with live availability, computed from the inventory
 * rows at request time: a seat is free when AVAILABLE or HELD past its
 * `heldUntil`; with `userId`, the seats of that user's live hold come back as
 * "mine" together with the hold, so a reload keeps the countdown.
 */
export async function getSeatMap(showtimeId: string, options: { userId?: string; now?: Date } = {}) {
  if (!z.uuid().safeParse(showtimeId).success) throw notFound("Showtime");
  const now = options.now ?? new Date();
  const showtime = await db.showtime.findFirst({
    where: { id: showtimeId, event: { publishedAt: { not: null } } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      priceMinor: true,
      currency: true,
      event: { select: { id: true, title: true, status: true, rating: true, durationMinutes: true, venue: true } },
      auditorium: {
        select: {
          name: true,
          venue: true,
          rowCount: true,
          columnCount: true,
          categories: { select: { id: true, name: true, color: true }, orderBy: { sortOrder: "asc" } },
        },
      },
      prices: { select: { categoryId: true, priceMinor: true } },
      seats: {
        select: {
          state: true,
          holdId: true,
          heldUntil: true,
          seat: {
            select: { label: true, rowLabel: true, number: true, gridRow: true, gridColumn: true, categoryId: true, isAccessible: true, isDisabled: true },
          },
        },
      },
    },
  });
  if (!showtime) throw notFound("Showtime");

  const hold = options.userId
    ? await db.seatHold.findFirst({
        where: { showtimeId, userId: options.userId, releasedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        select: { id: true, expiresAt: true },
      })
    : null;

  const priceOf = new Map(showtime.prices.map((p) => [p.categoryId, p.priceMinor]));
  const categories: SeatMapCategory[] = (showtime.auditorium?.categories ?? []).map((c) => ({
    ...c,
    priceMinor: priceOf.get(c.id) ?? showtime.priceMinor,
  }));

  const seats: SeatMapSeat[] = showtime.seats
    .map(({ state, holdId, heldUntil, seat }) => {
      const heldLive = state === "HELD" && heldUntil !== null && heldUntil > now;
      const live: SeatMapSeatState =
        hold && heldLive && holdId === hold.id ? "mine" : state === "SOLD" || heldLive || seat.isDisabled ? "taken" : "free";
      return {
        label: seat.label,
        rowLabel: seat.rowLabel,
        number: seat.number,
        row: seat.gridRow,
        column: seat.gridColumn,
        categoryId: seat.categoryId,
        isAccessible: seat.isAccessible,
        isDisabled: seat.isDisabled,
        state: live,
      };
    })
    .sort((a, b) => a.row - b.row || a.column - b.column);

  const mine = seats.filter((s) => s.state === "mine");
  const onSale = showtime.status === "SCHEDULED" && showtime.event.status !== "CANCELLED" && showtime.startsAt > now;
  return {
    showtime: {
      id: showtime.id,
      startsAt: showtime.startsAt,
      endsAt: showtime.endsAt,
      priceMinor: showtime.priceMinor,
      currency: showtime.currency,
      onSale,
      closedReason: onSale ? null : showtime.status === "CANCELLED" || showtime.event.status === "CANCELLED" ? "This show was cancelled." : "This show has already started.",
    },
    event: showtime.event,
    auditorium: showtime.auditorium ? { name: showtime.auditorium.name, venue: showtime.auditorium.venue, rows: showtime.auditorium.rowCount, columns: showtime.auditorium.columnCount } : null,
    categories,
    seats,
    freeCount: seats.filter((s) => s.state === "free").length,
    hold: hold && mine.length ? { holdId: hold.id, expiresAt: hold.expiresAt, labels: mine.map((s) => s.label) } : null,
  };
}

export type SeatMap = Awaited<ReturnType<typeof getSeatMap>>;
