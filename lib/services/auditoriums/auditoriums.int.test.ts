import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { toAppError } from "@/lib/http/map-error";
import { createEvent } from "@/lib/services/events/create-event";
import { holdSeats } from "@/lib/services/booking/hold-seats";
import { createShowtime } from "@/lib/services/events/create-showtime";
import { autoRowLabels, seatNumbers } from "@/lib/seat-maps/numbering";
import type { SeatMapDrawingInput } from "@/lib/validation/auditoriums";
import { futureStart } from "@/tests/support/booking-factories";
import { makeUser, uniq } from "@/tests/support/factories";
import { createAuditoriumDraft } from "./create-auditorium";
import { deleteAuditorium } from "./delete-auditorium";
import { getAuditorium } from "./get-auditorium";
import { listAuditoriums } from "./list-auditoriums";
import { saveSeatMap } from "./save-seat-map";
import { suggestedCategoryPrices } from "./suggested-prices";

const actorOf = (user: { id: string; role: "USER" | "ORGANIZER" | "STAFF" | "ADMIN" }) => ({ userId: user.id, role: user.role });

/** A drawing of `rows` x `columns` with the given empty columns (aisles), numbered the editor's way. */
function drawing(rows: number, columns: number, options: { aisles?: number[]; vipRows?: number[]; keep?: (row: number, column: number) => boolean } = {}) {
  const seatColumns = Array.from({ length: columns }, (_, c) => c).filter((c) => !options.aisles?.includes(c));
  const labels = autoRowLabels(
    Array.from({ length: rows }, () => true),
    [],
  );
  const seats: SeatMapDrawingInput["seats"] = [];
  for (let row = 0; row < rows; row++) {
    const kept = seatColumns.filter((c) => options.keep?.(row, c) ?? true);
    const numbers = seatNumbers(kept, "ltr");
    for (const column of kept)
      seats.push({ row, column, rowLabel: labels[row]!, number: numbers.get(column)!, category: options.vipRows?.includes(row) ? "VIP" : "Standard" });
  }
  return {
    rows,
    columns,
    categories: [
      { name: "Standard", color: "#6366f1", defaultPriceMinor: 900 },
      { name: "VIP", color: "#f59e0b", defaultPriceMinor: 1500 },
    ],
    seats,
  } satisfies SeatMapDrawingInput;
}

async function scene() {
  const organizer = await makeUser("ORGANIZER");
  const actor = actorOf(organizer);
  const hall = await createAuditoriumDraft(actor, { name: uniq("Hall"), start: "blank", rows: 4, columns: 7 });
  return { organizer, actor, hall };
}

async function scheduleShow(organizerId: string, auditoriumId: string) {
  const startsAt = futureStart();
  const film = await createEvent({ title: uniq("Film"), kind: "FILM", startsAt, durationMinutes: 90 }, organizerId);
  return createShowtime({ eventId: film.id, auditoriumId, startsAt, priceMinor: 900 });
}

/** The AppError a call fails with (the test fails if it succeeds). */
const failure = (call: Promise<unknown>) =>
  call.then(() => {
    throw new Error("expected the call to fail");
  }, toAppError);

const seatsOf = (auditoriumId: string) => db.seat.findMany({ where: { auditoriumId }, orderBy: [{ gridRow: "asc" }, { gridColumn: "asc" }] });

describe("seat-map services", () => {
  it("saves a drawing: seats, categories with default prices and the grid", async () => {
    const { actor, hall } = await scene();
    const result = await saveSeatMap(actor, hall.id, drawing(4, 7, { aisles: [3], vipRows: [3] }));
    expect(result).toMatchObject({ seatCount: 24, added: 24, removed: 0 });
    const map = await getAuditorium(actor, hall.id);
    expect(map).toMatchObject({ rowCount: 4, columnCount: 7, editable: true });
    expect(map.seats).toHaveLength(24);
    expect(map.seats.filter((s) => s.gridColumn === 3)).toHaveLength(0);
    expect(map.categories.map((c) => [c.name, c.defaultPriceMinor])).toEqual([
      ["Standard", 900],
      ["VIP", 1500],
    ]);
    const vip = map.categories.find((c) => c.name === "VIP")!;
    expect(map.seats.filter((s) => s.categoryId === vip.id).map((s) => s.rowLabel)).toEqual(Array(6).fill("D"));
    expect(await suggestedCategoryPrices(hall.id)).toEqual({ Standard: 900, VIP: 1500 });
    const [listed] = (await listAuditoriums(actor)).filter((a) => a.id === hall.id);
    expect(listed).toMatchObject({ seatCount: 24, editable: true });
  });

  it("keeps seat ids and inventory across a re-save, and gives added seats inventory in upcoming showtimes", async () => {
    const { organizer, actor, hall } = await scene();
    await saveSeatMap(actor, hall.id, drawing(4, 7, { aisles: [3], keep: (row, c) => !(row === 0 && c === 6) }));
    const before = await seatsOf(hall.id);
    const show = await scheduleShow(organizer.id, hall.id);
    expect(await db.showtimeSeat.count({ where: { showtimeId: show.id } })).toBe(23);

    // Re-save: renumber right to left and add the missing seat A6 (now A1 counted from the right).
    const next = drawing(4, 7, { aisles: [3] });
    next.seats = next.seats.map((s) => (s.row === 0 ? { ...s, number: 7 - s.number } : s));
    const result = await saveSeatMap(actor, hall.id, { ...next, layout: { numbering: "rtl", rowLabelOverrides: [] } });
    expect(result).toMatchObject({ added: 1, removed: 0 });

    const after = await seatsOf(hall.id);
    const idAt = (seats: typeof before, row: number, column: number) => seats.find((s) => s.gridRow === row && s.gridColumn === column)?.id;
    for (const seat of before) expect(idAt(after, seat.gridRow, seat.gridColumn)).toBe(seat.id);
    expect(after.find((s) => s.gridRow === 0 && s.gridColumn === 0)?.label).toBe("A6");
    const added = after.find((s) => s.gridRow === 0 && s.gridColumn === 6)!;
    expect(added.label).toBe("A1");
    expect(await db.showtimeSeat.findFirst({ where: { showtimeId: show.id, seatId: added.id } })).toMatchObject({ state: "AVAILABLE" });
    expect(await db.showtimeSeat.count({ where: { showtimeId: show.id } })).toBe(24);
  });

  it("refuses to remove a seat sold for an upcoming showtime, and changes nothing", async () => {
    const { organizer, actor, hall } = await scene();
    await saveSeatMap(actor, hall.id, drawing(4, 7));
    const show = await scheduleShow(organizer.id, hall.id);
    const sold = await db.seat.findFirstOrThrow({ where: { auditoriumId: hall.id, label: "B2" } });
    await db.showtimeSeat.update({ where: { showtimeId_seatId: { showtimeId: show.id, seatId: sold.id } }, data: { state: "SOLD" } });
    const before = await seatsOf(hall.id);

    // Erase row B's first two seats and retitle a category in the same save.
    const next = drawing(4, 7, { keep: (row, c) => !(row === 1 && c < 2) });
    next.categories[0].name = "Regular";
    next.seats = next.seats.map((s) => (s.category === "Standard" ? { ...s, category: "Regular" } : s));
    const error = await failure(saveSeatMap(actor, hall.id, next));
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(error.message).toContain("Seat B2 is sold or held");
    expect(await seatsOf(hall.id)).toEqual(before);
    expect((await db.seatCategory.findMany({ where: { auditoriumId: hall.id } })).map((c) => c.name).sort()).toEqual(["Standard", "VIP"]);

    // Disabling the sold seat is allowed: the ticket stays, no one else can buy it.
    const disabled = drawing(4, 7);
    disabled.seats = disabled.seats.map((s) => (s.row === 1 && s.column === 1 ? { ...s, disabled: true } : s));
    await saveSeatMap(actor, hall.id, disabled);
    expect(await db.seat.findUniqueOrThrow({ where: { id: sold.id } })).toMatchObject({ isDisabled: true });

    // Erasing the unsold B1 would renumber the sold B2 to B1, away from the label on its ticket.
    const renumbered = drawing(4, 7, { keep: (row, c) => !(row === 1 && c === 0) });
    const refused = await failure(saveSeatMap(actor, hall.id, renumbered));
    expect(refused).toMatchObject({ code: "CONFLICT" });
    expect(refused.message).toContain("(B2 → B1)");
    expect(await db.seat.count({ where: { auditoriumId: hall.id } })).toBe(28);
  });

  it("disables seats the way booking expects: unsold upcoming inventory can no longer be held", async () => {
    const { organizer, actor, hall } = await scene();
    await saveSeatMap(actor, hall.id, drawing(2, 3));
    const show = await scheduleShow(organizer.id, hall.id);
    const buyer = await makeUser();
    const next = drawing(2, 3);
    next.seats = next.seats.map((s) => (s.row === 0 && s.column === 0 ? { ...s, disabled: true } : s));
    await saveSeatMap(actor, hall.id, next);
    const refused = await failure(holdSeats({ showtimeId: show.id, userId: buyer.id, seatLabels: ["A1"] }));
    expect(refused).toMatchObject({ code: "CONFLICT", message: "Seat A1 is not for sale" });
    const best = await holdSeats({ showtimeId: show.id, userId: buyer.id, bestAvailable: 5 });
    expect(best.seats.map((s) => s.label)).not.toContain("A1");
  });

  it("lets only the owner or an admin see and change a map; shared maps only an admin", async () => {
    const { actor, hall } = await scene();
    const other = actorOf(await makeUser("ORGANIZER"));
    const admin = actorOf(await makeUser("ADMIN"));
    const buyer = actorOf(await makeUser("USER"));
    expect(await failure(getAuditorium(other, hall.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(saveSeatMap(other, hall.id, drawing(2, 2)))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(deleteAuditorium(other, hall.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(listAuditoriums(buyer))).toMatchObject({ code: "FORBIDDEN" });
    expect((await listAuditoriums(other)).some((a) => a.id === hall.id)).toBe(false);
    await expect(saveSeatMap(admin, hall.id, drawing(2, 2))).resolves.toMatchObject({ seatCount: 4 });

    const shared = await db.auditorium.create({ data: { name: uniq("Shared"), rowCount: 2, columnCount: 2 } });
    expect((await getAuditorium(actor, shared.id)).editable).toBe(false);
    expect(await failure(saveSeatMap(actor, shared.id, drawing(2, 2)))).toMatchObject({ code: "FORBIDDEN" });
    await expect(saveSeatMap(admin, shared.id, drawing(2, 2))).resolves.toMatchObject({ seatCount: 4 });
  });

  it("refuses bad drawings with clear messages and writes nothing", async () => {
    const { actor, hall } = await scene();
    const bad = drawing(2, 3);
    bad.seats[1] = { ...bad.seats[1], number: 1 };
    bad.seats[2] = { ...bad.seats[2], category: "Balcony" };
    const error = await failure(saveSeatMap(actor, hall.id, bad));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const messages = Object.values(error.fieldErrors ?? {})
      .flat()
      .join(" | ");
    expect(messages).toContain("Seat labels must be unique: A1 used more than once");
    expect(messages).toContain("unknown category “Balcony”");

    const huge = await failure(saveSeatMap(actor, hall.id, { ...drawing(1, 1), rows: 61, columns: 81 }));
    expect(Object.values(huge.fieldErrors ?? {}).flat()).toEqual(expect.arrayContaining(["The grid has at most 60 rows", "The grid has at most 80 columns"]));
    const empty = await failure(saveSeatMap(actor, hall.id, { ...drawing(1, 1), seats: [] }));
    expect(empty.fieldErrors?.seats).toContain("Draw at least one seat");
    expect(await db.seat.count({ where: { auditoriumId: hall.id } })).toBe(0);
  });

  it("creates from the cinema preset and deletes a map only while no showtime uses it", async () => {
    const organizer = await makeUser("ORGANIZER");
    const actor = actorOf(organizer);
    const cinema = await createAuditoriumDraft(actor, { name: uniq("Cinema"), start: "cinema", rows: 12, columns: 27 });
    const map = await getAuditorium(actor, cinema.id);
    expect(map.seats).toHaveLength(12 * 26);
    expect(map.seats.filter((s) => s.isAccessible).map((s) => s.rowLabel + s.number)).toEqual(["A1", "A26"]);

    const show = await scheduleShow(organizer.id, cinema.id);
    const refused = await failure(deleteAuditorium(actor, cinema.id));
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("1 showtime uses this seat map") });
    await db.showtime.delete({ where: { id: show.id } });
    await deleteAuditorium(actor, cinema.id);
    expect(await db.auditorium.findUnique({ where: { id: cinema.id } })).toBeNull();
  });
});
