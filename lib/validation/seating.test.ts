import { describe, expect, it } from "vitest";
import { gridSeatMap } from "@/lib/services/seating/grid-seat-map";
import { seatMapSchema } from "./seating";

describe("seat maps", () => {
  const rows = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

  it("draws a 10 x 12 cinema with aisles as empty grid columns", () => {
    const map = seatMapSchema.parse(gridSeatMap({ rowLabels: rows, seatsPerRow: 12, aislesAfter: [2, 10] }));
    expect(map.seats).toHaveLength(120);
    expect(map.columns).toBe(14);
    const rowA = map.seats.filter((s) => s.rowLabel === "A");
    expect(rowA.map((s) => s.column)).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13]);
    expect(rowA.map((s) => s.label ?? `${s.rowLabel}${s.number}`)).toContain("A12");
  });

  it("marks categories, accessible and disabled seats", () => {
    const map = seatMapSchema.parse(
      gridSeatMap({
        rowLabels: ["A", "B"],
        seatsPerRow: 4,
        categories: [{ name: "Premium", color: "#f59e0b", rows: ["B"] }],
        accessible: ["A1"],
        disabled: ["B4"],
      }),
    );
    expect(map.seats.find((s) => s.rowLabel === "A" && s.number === 1)?.accessible).toBe(true);
    expect(map.seats.find((s) => s.rowLabel === "B" && s.number === 4)?.disabled).toBe(true);
    expect(map.seats.filter((s) => s.category === "Premium")).toHaveLength(4);
  });

  it("refuses duplicate labels, shared cells, seats off the grid and unknown categories", () => {
    const result = seatMapSchema.safeParse({
      rows: 1,
      columns: 2,
      seats: [
        { row: 0, column: 0, rowLabel: "A", number: 1 },
        { row: 0, column: 0, rowLabel: "A", number: 1 },
        { row: 3, column: 9, rowLabel: "B", number: 1, category: "VIP" },
      ],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message).join(" | ");
    expect(messages).toContain("Seat label A1 is used twice");
    expect(messages).toContain("Two seats share row 0, column 0");
    expect(messages).toContain("Seat lies outside the grid");
    expect(messages).toContain("Unknown seat category VIP");
  });

  it("needs at least one seat", () => {
    expect(seatMapSchema.safeParse({ rows: 1, columns: 1, seats: [] }).success).toBe(false);
  });
});
