import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import { conflict } from "@/lib/http/errors";
import { seatMapDrawingSchema, type SeatMapDrawing, type SeatMapDrawingInput } from "@/lib/validation/auditoriums";
import { lockEditableAuditorium, type AuditoriumActor } from "./auditorium-access";
import { saveSeatCategories } from "./save-seat-categories";

type ExistingSeat = {
  id: string;
  label: string;
  rowLabel: string;
  number: number;
  gridRow: number;
  gridColumn: number;
  categoryId: string | null;
  isAccessible: boolean;
  isDisabled: boolean;
};

type DrawnSeat = SeatMapDrawing["seats"][number];

/** Pairs each drawn seat with the seat it continues: by id when the editor sent one, else by grid position. */
function matchSeats(existing: ExistingSeat[], drawn: DrawnSeat[]) {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const taken = new Set<string>();
  const pairs: { seat: DrawnSeat; old: ExistingSeat | null }[] = drawn.map((seat) => {
    const old = seat.id ? byId.get(seat.id) : undefined;
    if (old && !taken.has(old.id)) {
      taken.add(old.id);
      return { seat, old };
    }
    return { seat, old: null };
  });
  const byCell = new Map(existing.filter((s) => !taken.has(s.id)).map((s) => [`${s.gridRow}:${s.gridColumn}`, s]));
  for (const pair of pairs) {
    if (pair.old) continue;
    const old = byCell.get(`${pair.seat.row}:${pair.seat.column}`);
    if (old && !taken.has(old.id)) {
      taken.add(old.id);
      pair.old = old;
    }
  }
  return { pairs, removed: existing.filter((s) => !taken.has(s.id)) };
}

/**
 * Saves a whole seat-map drawing in one transaction. Seats that stay keep
 * their ids (so showtime inventory, holds and tickets keep pointing at them);
 * removed seats lose their inventory, which is refused while any upcoming
 * showtime has them sold or held; added seats go on sale in every upcoming
 * showtime. Disabling only sets `isDisabled`, which the booking code already
 * treats as never sellable. The inventory rows a save makes less available
 * (removed, newly disabled and renamed seats) are locked first, as a hold
 * would; sold or held seats can be neither removed nor renamed.
 */
export async function saveSeatMap(actor: AuditoriumActor, auditoriumId: string, input: SeatMapDrawingInput, options: { now?: Date } = {}) {
  const drawing = seatMapDrawingSchema.parse(input);
  const now = options.now ?? new Date();
  return db.$transaction((tx) => writeSeatMap(tx, actor, auditoriumId, drawing, now), { timeout: 30_000 });
}

/** saveSeatMap's body, for callers that already hold a transaction (creating a map from a preset). */
export async function writeSeatMap(tx: DbTx, actor: AuditoriumActor, auditoriumId: string, drawing: SeatMapDrawing, now: Date) {
  await lockEditableAuditorium(tx, actor, auditoriumId);
  const categoryIdByName = await saveSeatCategories(tx, auditoriumId, drawing.categories);
  const existing: ExistingSeat[] = await tx.seat.findMany({
    where: { auditoriumId },
    select: {
      id: true,
      label: true,
      rowLabel: true,
      number: true,
      gridRow: true,
      gridColumn: true,
      categoryId: true,
      isAccessible: true,
      isDisabled: true,
    },
  });
  const { pairs, removed } = matchSeats(existing, drawing.seats);

  const newlyDisabled = pairs.filter((p) => p.old && !p.old.isDisabled && p.seat.disabled).map((p) => p.old!.id);
  const renaming = new Map(
    pairs.flatMap((p) => (p.old && p.old.label !== `${p.seat.rowLabel}${p.seat.number}` ? [[p.old.id, `${p.seat.rowLabel}${p.seat.number}`]] : [])),
  );
  const removing = new Set(removed.map((s) => s.id));
  await refuseChangingSoldSeats(tx, { lock: [...removing, ...newlyDisabled, ...renaming.keys()], removing, renaming }, now);

  if (removed.length)
    await tx.seat.deleteMany({
      where: { id: { in: removed.map((s) => s.id) } },
    });
  const changed = pairs.filter((p): p is { seat: DrawnSeat; old: ExistingSeat } => p.old !== null && seatChanged(p.old, p.seat, categoryIdByName));
  await updateSeats(tx, changed, categoryIdByName);

  const added = pairs.filter((p) => p.old === null).map((p) => p.seat);
  if (added.length) {
    const created = await tx.seat.createManyAndReturn({
      data: added.map((s) => ({
        auditoriumId,
        label: `${s.rowLabel}${s.number}`,
        rowLabel: s.rowLabel,
        number: s.number,
        gridRow: s.row,
        gridColumn: s.column,
        categoryId: categoryOf(s, categoryIdByName),
        isAccessible: s.accessible,
        isDisabled: s.disabled,
      })),
      select: { id: true },
    });
    const upcoming = await tx.showtime.findMany({
      where: { auditoriumId, startsAt: { gt: now } },
      select: { id: true },
    });
    if (upcoming.length)
      await tx.showtimeSeat.createMany({
        data: upcoming.flatMap((st) => created.map((seat) => ({ showtimeId: st.id, seatId: seat.id }))),
      });
  }

  await tx.auditorium.update({
    where: { id: auditoriumId },
    data: {
      rowCount: drawing.rows,
      columnCount: drawing.columns,
      layout: drawing.layout,
    },
  });
  // The ids as saved, so an open editor sends them with its next save.
  const seats = await tx.seat.findMany({ where: { auditoriumId }, select: { id: true, gridRow: true, gridColumn: true } });
  const categories = await tx.seatCategory.findMany({ where: { auditoriumId }, select: { id: true, name: true } });
  return { seatCount: drawing.seats.length, added: added.length, removed: removed.length, updated: changed.length, seats, categories };
}

function categoryOf(seat: DrawnSeat, ids: Map<string, string>) {
  return seat.category === null ? null : (ids.get(seat.category.toLowerCase()) ?? null);
}

function seatChanged(old: ExistingSeat, seat: DrawnSeat, ids: Map<string, string>) {
  return (
    old.label !== `${seat.rowLabel}${seat.number}` ||
    old.rowLabel !== seat.rowLabel ||
    old.number !== seat.number ||
    old.gridRow !== seat.row ||
    old.gridColumn !== seat.column ||
    old.categoryId !== categoryOf(seat, ids) ||
    old.isAccessible !== seat.accessible ||
    old.isDisabled !== seat.disabled
  );
}

/**
 * Locks the upcoming inventory of the seats a save touches in a way buyers
 * notice, in id order like holds do, and refuses the save when any of them
 * is sold or held: a removed seat would take a ticket's seat away, a renamed
 * one would no longer match the label printed on the ticket.
 */
async function refuseChangingSoldSeats(tx: DbTx, seats: { lock: string[]; removing: Set<string>; renaming: Map<string, string> }, now: Date) {
  if (!seats.lock.length) return;
  const rows = await tx.$queryRaw<{ seatId: string; label: string; state: string; heldUntil: Date | null }[]>`
    SELECT ss.seat_id AS "seatId", s.label, ss.state::text AS state, ss.held_until AS "heldUntil"
    FROM showtime_seats ss
    JOIN showtimes st ON st.id = ss.showtime_id
    JOIN seats s ON s.id = ss.seat_id
    WHERE ss.seat_id = ANY(${seats.lock}::uuid[]) AND st.starts_at > ${now}
    ORDER BY ss.id
    FOR UPDATE OF ss`;
  const taken = rows.filter((r) => r.state === "SOLD" || (r.state === "HELD" && r.heldUntil !== null && r.heldUntil > now));
  const removed = labelList(taken.filter((r) => seats.removing.has(r.seatId)).map((r) => r.label));
  if (removed.length)
    throw conflict(
      `${removed.length === 1 ? "Seat" : "Seats"} ${shortList(removed)} ${removed.length === 1 ? "is" : "are"} sold or held for upcoming showtimes and cannot be removed. Mark ${removed.length === 1 ? "it" : "them"} disabled instead, or keep ${removed.length === 1 ? "it" : "them"}.`,
    );
  const renamed = labelList(taken.filter((r) => seats.renaming.has(r.seatId)).map((r) => `${r.label} → ${seats.renaming.get(r.seatId)}`));
  if (renamed.length)
    throw conflict(
      `This would renumber ${renamed.length === 1 ? "a seat" : "seats"} sold or held for upcoming showtimes (${shortList(renamed)}), whose tickets carry the old label. Keep the numbering: disable seats instead of erasing them, or type the old row label.`,
    );
}

const labelList = (labels: string[]) => [...new Set(labels)].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
const shortList = (labels: string[]) => (labels.length > 12 ? `${labels.slice(0, 12).join(", ")} and ${labels.length - 12} more` : labels.join(", "));

/**
 * Rewrites changed seats with two bulk updates: first to temporary labels and
 * positions (so swapping labels, renumbering or shifting a row never trips
 * the unique indexes halfway), then to their final values.
 */
async function updateSeats(tx: DbTx, changed: { seat: DrawnSeat; old: ExistingSeat }[], ids: Map<string, string>) {
  if (!changed.length) return;
  const seatIds = changed.map((c) => c.old.id);
  await tx.$executeRaw`
    UPDATE seats SET label = '~' || substr(md5(seats.id::text), 1, 15), grid_row = -1 - v.i, grid_column = -1
    FROM unnest(${seatIds}::uuid[]) WITH ORDINALITY AS v(id, i)
    WHERE seats.id = v.id`;
  const labels = changed.map((c) => `${c.seat.rowLabel}${c.seat.number}`);
  const rowLabels = changed.map((c) => c.seat.rowLabel);
  const numbers = changed.map((c) => c.seat.number);
  const gridRows = changed.map((c) => c.seat.row);
  const gridColumns = changed.map((c) => c.seat.column);
  const categories = changed.map((c) => categoryOf(c.seat, ids));
  const accessible = changed.map((c) => c.seat.accessible);
  const disabled = changed.map((c) => c.seat.disabled);
  await tx.$executeRaw`
    UPDATE seats SET label = v.label, row_label = v.row_label, number = v.number, grid_row = v.grid_row, grid_column = v.grid_column,
      category_id = v.category_id, is_accessible = v.is_accessible, is_disabled = v.is_disabled
    FROM unnest(${seatIds}::uuid[], ${labels}::text[], ${rowLabels}::text[], ${numbers}::int[], ${gridRows}::int[], ${gridColumns}::int[],
      ${categories}::uuid[], ${accessible}::boolean[], ${disabled}::boolean[])
      AS v(id, label, row_label, number, grid_row, grid_column, category_id, is_accessible, is_disabled)
    WHERE seats.id = v.id`;
}
