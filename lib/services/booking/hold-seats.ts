import "server-only";
import { randomUUID } from "node:crypto";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { sqlTransaction, type SqlTx } from "@/lib/db/sql";
import { env } from "@/lib/env";
import type { z } from "zod";
import type { SeatState } from "@/lib/generated/prisma/enums";
import { badRequest, conflict, notFound } from "@/lib/http/errors";
import { holdSeatsSchema, parseBookingInput, type HoldSeatsInput } from "@/lib/validation/booking";
import { freeSeatSql } from "@/lib/services/schedule/free-seat-condition";
import { isSeatSellable, type SeatAvailability } from "./is-seat-sellable";
import { pickBestSeats } from "./pick-best-seats";
import { claimedLabels, claimSeats } from "./seat-claims";
import { seatList } from "./seat-list";

/** A seat of a showtime as holds and sales read it (the showtime seat's id, state and hold; the seat's place and category). */
export type LockedSeat = {
  id: string;
  state: SeatState;
  holdId: string | null;
  heldUntil: Date | null;
  label: string;
  rowLabel: string;
  number: number;
  gridRow: number;
  gridColumn: number;
  isDisabled: boolean;
  categoryId: string | null;
  categoryName: string | null;
};

export type SeatHoldResult = {
  holdId: string;
  expiresAt: Date;
  seats: { label: string; categoryName: string | null; priceMinor: number }[];
  totalMinor: number;
  currency: string;
};

/**
 * Holds seats of a showtime for HOLD_MINUTES: the named ones, or the best
 * `bestAvailable` free ones (adjacent in one row when possible). One
 * transaction locks the inventory rows it takes (in id order, so concurrent
 * holds cannot deadlock) and decides availability from those locked rows
 * only: a seat is free when AVAILABLE or HELD past its `heldUntil`, so an
 * abandoned hold needs no cleanup. The user's earlier hold on the showtime
 * ends in the same transaction, so a refused request keeps it.
 */
export async function holdSeats(input: HoldSeatsInput): Promise<SeatHoldResult> {
  const data = parseBookingInput(holdSeatsSchema, input);
  // On `pg` (lib/db/sql.ts), a handful of statements: through Prisma this
  // transaction cost ~15 ms of CPU per hold, the largest part of a sale.
  const hold = await sqlTransaction((tx) => holdIn(tx, data));
  invalidatePublicCache();
  return hold;
}

async function holdIn(tx: SqlTx, data: z.output<typeof holdSeatsSchema>): Promise<SeatHoldResult> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + env().HOLD_MINUTES * 60_000);
  const showtime = await lockShowtimeForSale(tx, data.showtimeId, [data.userId], now);
  const previousIds = showtime.previousHolds.map((h) => h.id);

  const labels = data.seatLabels ?? [];
  const isFree = (s: LockedSeat) => isFreeFor(s, previousIds, now);

  let chosen: LockedSeat[];
  if (labels.length) {
    const seen = await lockFreeNamedSeats(tx, showtime.id, labels, previousIds, now);
    const byLabel = new Map(seen.map((s) => [s.label.toUpperCase(), s]));
    const missing = labels.filter((l) => !byLabel.has(l));
    if (missing.length) throw badRequest(`Seat not found: ${missing.join(", ")}`);
    const named = labels.map((l) => byLabel.get(l)!);
    const disabled = named.filter((s) => s.isDisabled);
    if (disabled.length) throw conflict(`${seatList(disabled.map((s) => s.label))} ${disabled.length === 1 ? "is" : "are"} not for sale`);
    // A named seat not locked is taken, or being taken by another buyer right now.
    const taken = named.filter((s) => !s.locked || !isFree(s));
    if (taken.length) throw conflict(`${seatList(taken.map((s) => s.label))} ${taken.length === 1 ? "is" : "are"} no longer available`);
    chosen = named;
  } else {
    if (previousIds.length) await lockPreviousHoldSeats(tx, previousIds);
    chosen = await lockBestSeats(tx, showtime.id, data.bestAvailable!, { rows: showtime.rowCount, columns: showtime.columnCount }, isFree, now, previousIds);
  }

  if (previousIds.length) {
    await tx(
      `UPDATE showtime_seats SET state = 'AVAILABLE', hold_id = NULL, held_until = NULL, updated_at = now()
        WHERE hold_id = ANY($1::uuid[]) AND state = 'HELD'`,
      [previousIds],
    );
    await tx(`UPDATE seat_holds SET released_at = $2 WHERE id = ANY($1::uuid[])`, [previousIds, now]);
  }
  // Claimed until this transaction ends, so this process's other buyers choose around these seats (seat-claims.ts).
  const release = claimSeats(showtime.id, chosen.map((s) => s.label));
  if (tx.onEnd) tx.onEnd(release);
  else release();
  const holdId = randomUUID();
  await tx(
    `WITH hold AS (INSERT INTO seat_holds (id, showtime_id, user_id, expires_at) VALUES ($2::uuid, $3::uuid, $4::uuid, $5) RETURNING id)
     UPDATE showtime_seats SET state = 'HELD', hold_id = (SELECT id FROM hold), held_until = $5, updated_at = now() WHERE id = ANY($1::uuid[])`,
    [chosen.map((s) => s.id), holdId, showtime.id, data.userId, expiresAt],
  );

  const seats = [...chosen]
    .sort((a, b) => a.gridRow - b.gridRow || a.gridColumn - b.gridColumn)
    .map((s) => ({ label: s.label, categoryName: s.categoryName, priceMinor: seatPrice(showtime, s.categoryId) }));
  return { holdId, expiresAt, seats, totalMinor: seats.reduce((sum, s) => sum + s.priceMinor, 0), currency: showtime.currency };
}

export type ShowtimeForSale = {
  id: string;
  eventId: string;
  eventTitle: string;
  status: string;
  startsAt: Date;
  priceMinor: number;
  currency: string;
  rowCount: number;
  columnCount: number;
  eventStatus: string;
  publishedAt: Date | null;
  prices: { categoryId: string; priceMinor: number }[];
  /** The live holds of the buyers on this showtime, locked. */
  previousHolds: { id: string; userId: string }[];
  /** The buyers' sealed e-mail addresses (for the tickets e-mail of a sale in the same transaction). */
  buyers: { id: string; emailCipher: string | null }[];
};

/**
 * The showtime a hold or sale is for, refused unless it is on sale now (404
 * unpublished, 409 cancelled or started, 400 without a seat map), with the
 * live holds of `userIds` on it locked (lock order everywhere in booking:
 * order, then hold, then seats) and their sealed e-mails: one statement.
 */
export async function lockShowtimeForSale(tx: SqlTx, showtimeId: string, userIds: string[], now: Date): Promise<ShowtimeForSale> {
  const [row] = await tx<ShowtimeForSaleRow>(showtimeForSaleSql(), [showtimeId, userIds]);
  return showtimeForSale(row, now);
}

export type ShowtimeForSaleRow = Omit<ShowtimeForSale, "rowCount" | "columnCount"> & { rowCount: number | null; columnCount: number | null };

/**
 * The statement of lockShowtimeForSale ($1 the showtime, $2 the buyers),
 * with `extraColumns` (", expr AS name", which may use `st`) for a caller
 * that reads more in the same round trip.
 */
export const showtimeForSaleSql = (extraColumns = "") =>
  `SELECT st.id, st.status::text AS status, st.starts_at AS "startsAt", st.price_minor AS "priceMinor", st.currency, st.event_id AS "eventId",
            a.row_count AS "rowCount", a.column_count AS "columnCount", e.status::text AS "eventStatus", e.published_at AS "publishedAt", e.title AS "eventTitle",
            COALESCE((SELECT json_agg(json_build_object('categoryId', p.category_id, 'priceMinor', p.price_minor))
                        FROM showtime_prices p WHERE p.showtime_id = st.id), '[]'::json) AS prices,
            COALESCE((SELECT json_agg(json_build_object('id', h.id, 'userId', h.user_id))
                        FROM (SELECT h.id, h.user_id FROM seat_holds h
                               WHERE h.showtime_id = st.id AND h.user_id = ANY($2::uuid[]) AND h.released_at IS NULL
                               ORDER BY h.id FOR UPDATE) h), '[]'::json) AS "previousHolds",
            COALESCE((SELECT json_agg(json_build_object('id', u.id, 'emailCipher', u.email_cipher)) FROM users u WHERE u.id = ANY($2::uuid[])), '[]'::json) AS buyers${extraColumns}
       FROM showtimes st JOIN events e ON e.id = st.event_id LEFT JOIN auditoriums a ON a.id = st.auditorium_id
      WHERE st.id = $1::uuid`;

/** The showtime of a showtimeForSaleSql row, if seats of it can be sold now; else the refusal (404, 409, 400). */
export function showtimeForSale<Row extends ShowtimeForSaleRow>(showtime: Row | undefined, now: Date): Row & ShowtimeForSale {
  if (!showtime || !showtime.publishedAt) throw notFound("Showtime");
  if (showtime.status !== "SCHEDULED" || showtime.eventStatus === "CANCELLED") throw conflict("This showtime was cancelled");
  if (showtime.startsAt <= now) throw conflict("This showtime has already started");
  const { rowCount, columnCount } = showtime;
  if (rowCount === null || columnCount === null) throw badRequest("This showtime has no seat map");
  return { ...showtime, rowCount, columnCount };
}

/** Whether a seat can be taken by a buyer whose live holds are `previousHoldIds`: AVAILABLE, HELD past its expiry, or held by the buyer; never a disabled seat. */
export const isFreeFor = (s: SeatAvailability, previousHoldIds: string[], now: Date) => isSeatSellable(s, s.holdId !== null && previousHoldIds.includes(s.holdId) ? s.holdId : null, now);

/** A seat's price at a showtime: its category's, else the showtime's. */
export const seatPrice = (showtime: Pick<ShowtimeForSale, "prices" | "priceMinor">, categoryId: string | null) =>
  (categoryId ? showtime.prices.find((p) => p.categoryId === categoryId)?.priceMinor : undefined) ?? showtime.priceMinor;

const BEST_AVAILABLE_ATTEMPTS = 5;

/**
 * Best available without a queue: the free seats are read without locks, the
 * best `count` picked, and only those locked, `SKIP LOCKED` (a seat another
 * buyer is taking right now is skipped, never waited for), then re-checked
 * from the locked rows. A seat lost in between is left out and the pick made
 * again. Locking every free seat instead made every best-available buyer of a
 * showtime wait for the one before (measured: the whole on-sale rush in one
 * line). The seats of the user's previous hold count as free and are already
 * locked by this transaction.
 */
async function lockBestSeats(
  tx: SqlTx,
  showtimeId: string,
  count: number,
  grid: { rows: number; columns: number },
  isFree: (seat: LockedSeat) => boolean,
  now: Date,
  previousHoldIds: string[],
): Promise<LockedSeat[]> {
  const lost = new Set<string>();
  let snapshot = await readSeats(tx, showtimeId, previousHoldIds, now);
  for (let attempt = 1; attempt <= BEST_AVAILABLE_ATTEMPTS; attempt++) {
    // A fresh look now and then; in between, the next pick comes from the same snapshot without the seats lost.
    if (attempt > 1 && attempt % 2 === 1) snapshot = await readSeats(tx, showtimeId, previousHoldIds, now);
    const free = snapshot.filter((s) => isFree(s) && !lost.has(s.id));
    // Around the seats this process's other buyers are taking right now, if there is room; else among all.
    const taking = new Set(claimedLabels(showtimeId, free.map((s) => s.label), now.getTime()));
    const picked = pickBestSeats(free.filter((s) => !taking.has(s.label)), count, grid) ?? pickBestSeats(free, count, grid);
    if (!picked) throw tooFewSeats(free.length);
    const locked = await tx<LockedSeat>(
      `${seatColumns}
        WHERE ss.id = ANY($1::uuid[])
        ORDER BY ss.id
        FOR UPDATE OF ss SKIP LOCKED`,
      [picked.map((p) => p.id)],
    );
    const ours = new Map(locked.filter(isFree).map((s) => [s.id, s]));
    if (ours.size === picked.length) return picked.map((p) => ours.get(p.id)!);
    for (const p of picked) if (!ours.has(p.id)) lost.add(p.id);
  }
  throw conflict("Those seats were just taken by other buyers. Please try again.");
}

/** The refusal of a best-available request the showtime cannot fill (`free` seats left). */
export const tooFewSeats = (free: number) => conflict(free ? `Only ${free} ${free === 1 ? "seat is" : "seats are"} still available` : "This showtime is sold out");

/** The seats that may be free (a snapshot without locks; lockBestSeats checks again under lock). */
function readSeats(tx: SqlTx, showtimeId: string, previousHoldIds: string[], now: Date) {
  return tx<LockedSeat>(
    `${seatColumns}
      WHERE ss.showtime_id = $1::uuid
        AND ((${freeSeatSql("$3")}) OR ss.hold_id = ANY($2::uuid[]))`,
    [showtimeId, previousHoldIds, now],
  );
}

/**
 * Locks, in id order, the named seats that are free (or in the user's
 * previous holds) and the seats of the user's previous holds, SKIP LOCKED: a
 * seat another buyer's transaction has locked is being taken right now, and
 * waiting for it would only queue this request (and its pooled connection)
 * behind that sale during an on-sale rush. Returns every named seat and
 * previous-hold seat as it is, `locked` saying which this transaction holds,
 * so the caller can say why the others are refused.
 */
function lockFreeNamedSeats(tx: SqlTx, showtimeId: string, labels: string[], previousHoldIds: string[], now: Date) {
  return tx<LockedSeat & { locked: boolean }>(
    `WITH locked AS (
       SELECT ss.id FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id
        WHERE ss.showtime_id = $1::uuid
          AND ((upper(s.label) = ANY($2::text[]) AND ${freeSeatSql("$4")}) OR ss.hold_id = ANY($3::uuid[]))
        ORDER BY ss.id
        FOR UPDATE OF ss SKIP LOCKED
     )
     SELECT ss.id IN (SELECT id FROM locked) AS locked, ${seatFields} ${seatFrom}
      WHERE ss.showtime_id = $1::uuid AND (upper(s.label) = ANY($2::text[]) OR ss.hold_id = ANY($3::uuid[]))`,
    [showtimeId, labels, previousHoldIds, now],
  );
}

/**
 * Locks, in id order, the seats of the user's previous holds (best
 * available counts them as free). A row another transaction holds is
 * waited for.
 */
function lockPreviousHoldSeats(tx: SqlTx, previousHoldIds: string[]) {
  return tx(`SELECT id FROM showtime_seats WHERE hold_id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [previousHoldIds]);
}

const seatFields = `ss.id, ss.state::text AS state, ss.hold_id AS "holdId", ss.held_until AS "heldUntil",
         s.label, s.row_label AS "rowLabel", s.number, s.grid_row AS "gridRow", s.grid_column AS "gridColumn", s.is_disabled AS "isDisabled",
         s.category_id AS "categoryId", c.name AS "categoryName"`;
const seatFrom = `FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id LEFT JOIN seat_categories c ON c.id = s.category_id`;
export const seatColumns = `SELECT ${seatFields} ${seatFrom}`;
