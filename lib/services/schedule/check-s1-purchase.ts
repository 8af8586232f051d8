import "server-only";
import { sql } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/http/errors";
import { sha256 } from "@/lib/security/tokens";
import type { RequestContext } from "@/lib/services/audit/record-audit";
import { liveSessionActor, sessionRowSql, type SessionActor, type SessionRow } from "@/lib/services/auth/sessions";
import { isFreeFor, tooFewSeats } from "@/lib/services/booking/hold-seats";
import { isSeatSellable, type SeatAvailability } from "@/lib/services/booking/is-seat-sellable";
import { claimedLabels } from "@/lib/services/booking/seat-claims";
import { seatList } from "@/lib/services/booking/seat-list";
import { identifierValues, userByIdentifierSql } from "@/lib/services/users/find-user";
import { isValidDate, zonedDayRangeIso } from "@/lib/time";
import { assertS1Actor } from "./authorize-s1-user";
import { freeSeatSql } from "./free-seat-condition";
import { pickS1Show, s1ShowsSql, s1SlotKeys, type S1ShowRow, type S1Slot } from "./find-s1-show";

/** An empty range: a malformed date matches no show. */
const NO_DAY = { start: new Date(0).toISOString(), end: new Date(0).toISOString() };

export type S1PurchaseRequest = S1Slot & { username: string; token?: string | null; seatLabels: string[]; bestAvailable?: number };
export type S1Show = ReturnType<typeof pickS1Show>;

/**
 * Everything S1 checks before a purchase, in S1's order and with its
 * messages: the user (404), the token (401), the e-mail confirmation (403),
 * the show by date, title and time (404), then the seats: unknown (404
 * "Seat not found") or not free (409), or too few left for best available
 * (409). One statement answers all of it, for every check asked for at the
 * same moment (checkInBatch): most requests of an on-sale rush are refused
 * here, and each statement costs both processes CPU. The sale decides
 * again in its own transaction (buySeatsTogether); these reads only refuse
 * early.
 */
export async function checkS1Purchase(input: S1PurchaseRequest, context: RequestContext): Promise<{ actor: SessionActor; show: S1Show }> {
  const who = identifierValues(input.username);
  if (!who) throw notFound("User");
  const tz = env().APP_TIMEZONE;
  // A malformed date matches no show (S1 answers "Date not found" after the user checks).
  const day = isValidDate(input.date) ? zonedDayRangeIso(input.date, tz) : NO_DAY;
  const { title, time } = s1SlotKeys(input);
  const named = !input.bestAvailable;
  const row = await checkInBatch({
    emailHash: who[0],
    username: who[1],
    tokenHash: sha256(input.token ?? ""),
    // As text: pg's serializer of Date parameters cost ~6% of a refused purchase's CPU.
    dayStart: day.start,
    dayEnd: day.end,
    title,
    time: time ?? "",
    best: input.bestAvailable ?? 0,
  });

  if (!row.named_user_id) throw notFound("User");
  const actor = assertS1Actor(row.named_user_id, await liveSessionActor(row.id ? row : null, context));
  const show = pickS1Show(
    row.shows.map((s) => ({ ...s, starts_at: new Date(s.starts_at) })),
    input,
  );
  // The statement picked the show in SQL; should it ever disagree with pickS1Show (title case folding), ask again for the right one.
  const seatMap = row.picked_id === show.showtimeId ? row.seatMap : undefined;
  if (named) {
    const labels = input.seatLabels.map((l) => l.toUpperCase());
    const seats = seatMap ? labels.flatMap((l) => seatMap.byLabel.get(l) ?? []) : await seatStates(show.showtimeId, labels);
    refuseUnavailableSeats(input.seatLabels, seats, seatMap?.now ?? new Date());
    refuseSeatsBeingTaken(show.showtimeId, input.seatLabels);
  } else {
    const free = seatMap ? freeFor(seatMap, row.own_holds ?? []) : (await sql<{ free: number }>(freeSeatCountSql("$1::uuid", "$2::uuid"), [show.showtimeId, actor.userId]))[0].free;
    if (free < input.bestAvailable!) throw tooFewSeats(free);
  }
  return { actor, show };
}

/** A seat as the check reads it (labels upper-case in seat maps). */
type CheckedSeat = SeatAvailability & { label: string };
/** A showtime's seats as one batch of checks read them: by upper-case label, and how many are free for anyone. */
type SeatMap = { byLabel: Map<string, CheckedSeat>; free: number; now: Date };
type CheckRow = SessionRow & {
  named_user_id: string | null;
  shows: (Omit<S1ShowRow, "starts_at"> & { starts_at: string })[];
  picked_id: string | null;
  /** The picked showtime's seats, on the batch's first row for that showtime only (attachSeatMaps turns them into `seatMap` on every row). */
  seat_map: (Omit<CheckedSeat, "heldUntil"> & { heldUntil: string | null })[] | null;
  /** The buyer's live holds on the picked showtime (best available only). */
  own_holds: string[] | null;
  seatMap?: SeatMap;
};

/** How many seats are free for a buyer with these live holds (isFreeFor: the rule the sale applies). */
function freeFor(map: SeatMap, ownHolds: string[]): number {
  if (!ownHolds.length) return map.free;
  let free = 0;
  for (const seat of map.byLabel.values()) if (isFreeFor(seat, ownHolds, map.now)) free++;
  return free;
}

/** Each picked showtime's seat map, read once per batch, given to every row of that showtime. */
function attachSeatMaps(rows: CheckRow[]) {
  const maps = new Map<string, SeatMap>();
  const now = new Date();
  for (const row of rows) {
    if (!row.picked_id || !row.seat_map) continue;
    const byLabel = new Map<string, CheckedSeat>();
    let free = 0;
    for (const s of row.seat_map) {
      const seat = { ...s, heldUntil: s.heldUntil === null ? null : new Date(s.heldUntil) };
      byLabel.set(seat.label, seat);
      if (isSeatSellable(seat, null, now)) free++;
    }
    maps.set(row.picked_id, { byLabel, free, now });
  }
  for (const row of rows) if (row.picked_id) row.seatMap = maps.get(row.picked_id);
}

/** The seats of a showtime with these (upper-case) labels, for a check whose show the batch did not pick. */
async function seatStates(showtimeId: string, labels: string[]): Promise<CheckedSeat[]> {
  const rows = await sql<{ state: SeatAvailability["state"]; held_until: Date | null; label: string; is_disabled: boolean }>(seatStatesSql("$1::uuid", "$2"), [showtimeId, labels]);
  return rows.map((r) => ({ label: r.label, state: r.state, holdId: null, heldUntil: r.held_until, isDisabled: r.is_disabled }));
}

/** The seats of a showtime with these (upper-case) labels and their states. */
const seatStatesSql = (showtime: string, labels: string) =>
  `SELECT ss.state::text AS state, ss.held_until, s.label, s.is_disabled
     FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id
    WHERE ss.showtime_id = ${showtime} AND upper(s.label) = ANY(${labels}::text[])`;

/** How many seats of a showtime are free for this user (their own live holds count as free, as in holdSeats). */
const freeSeatCountSql = (showtime: string, user: string) =>
  `SELECT count(*)::int AS free
     FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id
    WHERE ss.showtime_id = ${showtime}
      AND ((${freeSeatSql("now()")})
           OR ss.hold_id IN (SELECT id FROM seat_holds WHERE showtime_id = ${showtime} AND user_id = ${user} AND released_at IS NULL))`;

type CheckInput = {
  emailHash: string;
  username: string;
  tokenHash: string;
  /** ISO 8601 instants. */
  dayStart: string;
  dayEnd: string;
  title: string;
  time: string;
  best: number;
};

// One row per check, in order: $1..$8 are the checks' fields as arrays, $9
// the time zone. Per check: the user (userByIdentifierSql), the session
// (sessionRowSql), the day's shows with the one its title and "HH:mm" name,
// and for best available the buyer's live holds on that show. The seats of
// each picked show are read once for the whole batch, on its first row:
// read for every check, they were most of the statement's time (the checks
// of a rush all name the same show).
const batchCheckSql = `
  WITH checks AS (
    SELECT r.n, r.best, who.id AS named_user_id, sess.*, day.shows, day.picked_id
      FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[], $8::int[])
           WITH ORDINALITY AS r(email_hash, username, token_hash, day_start, day_end, title, time, best, n)
      LEFT JOIN LATERAL (${userByIdentifierSql("r.email_hash", "r.username")}) who ON true
      LEFT JOIN LATERAL (${sessionRowSql("s.token_hash = r.token_hash")}) sess ON true
      LEFT JOIN LATERAL (
        SELECT COALESCE(json_agg(json_build_object('id', d.id, 'starts_at', d.starts_at, 'title', d.title, 'time', d.time) ORDER BY d.starts_at, d.id), '[]'::json) AS shows,
               (array_agg(d.id ORDER BY d.starts_at, d.id) FILTER (WHERE lower(btrim(d.title)) = r.title AND d.time = r.time))[1] AS picked_id
          FROM (SELECT day0.*, to_char(day0.starts_at AT TIME ZONE $9, 'HH24:MI') AS time FROM (${s1ShowsSql("r.day_start", "r.day_end")}) day0) d
      ) day ON true
  )
  SELECT c.*,
         CASE WHEN c.picked_id IS NOT NULL AND c.n = min(c.n) OVER (PARTITION BY c.picked_id) THEN
           (SELECT json_agg(json_build_object('label', upper(s.label), 'state', ss.state, 'holdId', ss.hold_id, 'heldUntil', ss.held_until, 'isDisabled', s.is_disabled))
              FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id WHERE ss.showtime_id = c.picked_id)
         END AS seat_map,
         CASE WHEN c.best > 0 THEN
           (SELECT array_agg(h.id) FROM seat_holds h WHERE h.showtime_id = c.picked_id AND h.user_id = c.named_user_id AND h.released_at IS NULL)
         END AS own_holds
    FROM checks c
   ORDER BY c.n`;

const MAX_BATCH = 500;
const waiting: { input: CheckInput; resolve: (row: CheckRow) => void; reject: (error: unknown) => void }[] = [];
let flushQueued = false;

/**
 * Runs the check with the others asked for in the same turn of the event
 * loop, as one statement (a rush's requests arrive together): one round trip
 * and one plan execution for many, instead of one each. A lone request waits
 * only for the end of the current turn.
 */
function checkInBatch(input: CheckInput): Promise<CheckRow> {
  return new Promise((resolve, reject) => {
    waiting.push({ input, resolve, reject });
    if (!flushQueued) {
      flushQueued = true;
      setImmediate(flush);
    }
  });
}

function flush() {
  flushQueued = false;
  while (waiting.length) {
    const batch = waiting.splice(0, MAX_BATCH);
    const column = <K extends keyof CheckInput>(key: K) => batch.map((w) => w.input[key]);
    sql<CheckRow>(batchCheckSql, [
      column("emailHash"),
      column("username"),
      column("tokenHash"),
      column("dayStart"),
      column("dayEnd"),
      column("title"),
      column("time"),
      column("best"),
      env().APP_TIMEZONE,
    ]).then(
      (rows) => {
        attachSeatMaps(rows);
        batch.forEach((w, i) => w.resolve(rows[i]));
      },
      (error) => batch.forEach((w) => w.reject(error)),
    );
  }
}

/** S1's answers for named seats that do not exist (404) or are not free for anyone (409); `errors.number` says which. */
function refuseUnavailableSeats(labels: string[], seats: CheckedSeat[], now: Date) {
  const found = new Set(seats.map((s) => s.label.toUpperCase()));
  const missing = labels.filter((l) => !found.has(l.toUpperCase()));
  if (missing.length) throw new AppError("NOT_FOUND", "Seat not found", { fieldErrors: { number: [`${seatList(missing)} ${missing.length === 1 ? "does" : "do"} not exist in this hall`] } });
  const taken = seats.filter((s) => !isSeatSellable(s, null, now)).map((s) => s.label);
  if (taken.length) throw seatsTaken(taken);
}

/** Seats another buyer's hold in this process is taking right now (seat-claims.ts): refused as taken, without a transaction. */
function refuseSeatsBeingTaken(showtimeId: string, labels: string[]) {
  const taking = claimedLabels(showtimeId, labels);
  if (taking.length) throw seatsTaken(taking);
}

const seatsTaken = (labels: string[]) =>
  new AppError("CONFLICT", "Seat not found", { fieldErrors: { number: [`${seatList(labels)} ${labels.length === 1 ? "is" : "are"} not available`] } });
