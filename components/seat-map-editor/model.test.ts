import { describe, expect, it } from "vitest";
import { rowLetters } from "@/lib/seat-maps/numbering";
import { seatMapDrawingSchema } from "@/lib/validation/auditoriums";
import { countsOf, deleteColumn, fromSaved, insertColumn, insertRow, labelsOf, paint, rectIndexes, setRowLabel, toDrawingInput, type Drawing } from "./model";

const blank = (rows: number, columns: number): Drawing =>
  fromSaved({ rowCount: rows, columnCount: columns, layout: { numbering: "ltr", rowLabelOverrides: [] }, categories: [], seats: [] });

describe("seat-map editor model", () => {
  it("letters rows like a spreadsheet: A..Z, AA, AB", () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(rowLetters)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
  });

  it("paints a rectangle in one step and erases an aisle, numbering seats around gaps", () => {
    let d = blank(3, 5);
    d = paint(d, rectIndexes(5, 0, 14), "seat", "new-standard", 0);
    expect(countsOf(d).total).toBe(15);
    d = paint(d, rectIndexes(5, 2, 12), "erase", null, 2);
    const { rowLabels, numbers } = labelsOf(d);
    expect(rowLabels).toEqual(["A", "B", "C"]);
    expect(numbers.slice(0, 5)).toEqual([1, 2, null, 3, 4]);
    expect(labelsOf({ ...d, numbering: "rtl" }).numbers.slice(0, 5)).toEqual([4, 3, null, 2, 1]);
  });

  it("skips empty rows when lettering and honours a typed row label", () => {
    let d = blank(3, 2);
    d = paint(d, [0, 1, 4, 5], "seat", null, 0);
    expect(labelsOf(d).rowLabels).toEqual(["A", null, "B"]);
    d = setRowLabel(d, 2, "Loge");
    expect(labelsOf(d).rowLabels).toEqual(["A", null, "Loge"]);
    expect(toDrawingInput(d).seats.map((s) => `${s.rowLabel}${s.number}`)).toEqual(["A1", "A2", "Loge1", "Loge2"]);
  });

  it("toggles accessible by the anchor cell and leaves unchanged drawings untouched (no undo step)", () => {
    let d = paint(blank(1, 3), [0, 1, 2], "seat", null, 0);
    d = paint(d, [0, 1, 2], "accessible", null, 0);
    expect(countsOf(d).accessible).toBe(3);
    const same = paint(d, [0, 1, 2], "seat", null, 0);
    expect(same).toBe(d);
    d = paint(d, [1], "accessible", null, 1);
    expect(countsOf(d).accessible).toBe(2);
  });

  it("inserts and deletes rows and columns, keeping seat ids and typed labels with their rows", () => {
    let d = fromSaved({
      rowCount: 2,
      columnCount: 2,
      layout: { numbering: "ltr", rowLabelOverrides: [null, "Z"] },
      categories: [{ id: "c1", name: "Standard", color: "#6366f1", defaultPriceMinor: 900 }],
      seats: [{ id: "s1", gridRow: 1, gridColumn: 1, categoryId: "c1", isAccessible: false, isDisabled: false }],
    });
    d = insertColumn(insertRow(d, 0), 1);
    expect([d.rows, d.columns]).toEqual([3, 3]);
    expect(d.cells[2 * 3 + 2]?.id).toBe("s1");
    expect(labelsOf(d).rowLabels[2]).toBe("Z");
    d = deleteColumn(d, 1);
    expect(d.cells[2 * 2 + 1]?.id).toBe("s1");
  });

  it("produces what the save schema accepts", () => {
    const d = paint(blank(10, 17), rectIndexes(17, 0, 169), "seat", "new-standard", 0);
    const parsed = seatMapDrawingSchema.safeParse(toDrawingInput(d));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.seats).toHaveLength(170);
    expect(parsed.data?.categories).toEqual([{ name: "Standard", color: "#6366f1", defaultPriceMinor: 1000 }]);
  });
});
