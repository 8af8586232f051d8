// The organizer's path end to end through the services the pages call: a
// hall drawn in the seat-map editor, a film created and scheduled in it from
// the dashboard, the seat picker showing what was drawn, and a sale.
import { describe, expect, it } from "vitest";
import { autoRowLabels, seatNumbers } from "@/lib/seat-maps/numbering";
import { createAuditoriumDraft } from "@/lib/services/auditoriums/create-auditorium";
import { saveSeatMap } from "@/lib/services/auditoriums/save-seat-map";
import { suggestedCategoryPrices } from "@/lib/services/auditoriums/suggested-prices";
import { getSeatMap } from "@/lib/services/booking/get-seat-map";
import { holdSeats } from "@/lib/services/booking/hold-seats";
import type { SeatMapDrawingInput } from "@/lib/validation/auditoriums";
import { makeUser, uniq } from "@/tests/support/factories";
import { createDashboardEvent, setEventPublished } from "./save-dashboard-event";
import { listUsableAuditoriums, saveShowtime } from "./showtimes";

describe("a hall drawn in the editor sells through the seat picker", () => {
  it("keeps the drawing's aisle, categories with their suggested prices, accessible and disabled seats", async () => {
    const organizer = await makeUser("ORGANIZER");
    const actor = { userId: organizer.id, role: organizer.role };
    const hall = await createAuditoriumDraft(actor, { name: uniq("Studio"), start: "blank", rows: 3, columns: 5 });

    // Three rows of four seats around a centre aisle (column 2); the back row is VIP.
    const labels = autoRowLabels([true, true, true], []);
    const columns = [0, 1, 3, 4];
    const numbers = seatNumbers(columns, "ltr");
    const seats: SeatMapDrawingInput["seats"] = [];
    for (let row = 0; row < 3; row++) {
      for (const column of columns) {
        seats.push({
          row,
          column,
          rowLabel: labels[row]!,
          number: numbers.get(column)!,
          category: row === 2 ? "VIP" : "Standard",
          accessible: row === 0 && column === 0,
          disabled: row === 1 && column === 4,
        });
      }
    }
    await saveSeatMap(actor, hall.id, {
      rows: 3,
      columns: 5,
      categories: [
        { name: "Standard", color: "#6366f1", defaultPriceMinor: 900 },
        { name: "VIP", color: "#f59e0b", defaultPriceMinor: 1500 },
      ],
      seats,
    });

    const film = await createDashboardEvent(actor, { title: uniq("Premiere"), kind: "FILM", startsAt: "2033-09-01T20:00", durationMinutes: "100", price: "0", currency: "EUR" }, "UTC");
    const room = (await listUsableAuditoriums(actor)).find((a) => a.id === hall.id)!;
    const suggested = await suggestedCategoryPrices(hall.id);
    const categoryPrices = Object.fromEntries(room.categories.map((c) => [`categoryPrice.${c.id}`, (suggested[c.name]! / 100).toFixed(2)]));
    const { id: showtimeId } = await saveShowtime(actor, { eventId: film.id, startsAt: "2033-09-01T20:00", auditoriumId: hall.id, price: "9", ...categoryPrices }, "UTC");
    await setEventPublished(actor, film.id, true);

    const map = await getSeatMap(showtimeId);
    expect(map.auditorium).toMatchObject({ rows: 3, columns: 5 });
    expect(map.categories.map((c) => [c.name, c.priceMinor])).toEqual([
      ["Standard", 900],
      ["VIP", 1500],
    ]);
    expect(map.seats.map((s) => s.label)).toEqual(["A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4"]);
    expect(map.seats.filter((s) => s.column === 2)).toEqual([]);
    expect(map.seats.find((s) => s.label === "A1")).toMatchObject({ isAccessible: true, state: "free" });
    expect(map.seats.find((s) => s.label === "B4")).toMatchObject({ isDisabled: true, state: "taken" });
    expect(map.freeCount).toBe(11);

    // Best available in the middle row never takes the disabled seat; the VIP row costs its own price.
    const buyer = await makeUser();
    const middle = await holdSeats({ showtimeId, userId: buyer.id, bestAvailable: 3 });
    expect(middle.seats.map((s) => s.label)).not.toContain("B4");
    const vip = await holdSeats({ showtimeId, userId: (await makeUser()).id, seatLabels: ["C2", "C3"] });
    expect(vip.seats).toEqual([
      { label: "C2", categoryName: "VIP", priceMinor: 1500 },
      { label: "C3", categoryName: "VIP", priceMinor: 1500 },
    ]);
    expect(vip.totalMinor).toBe(3000);
  });
});
