import "server-only";
import { autoRowLabels, seatNumbers } from "@/lib/seat-maps/numbering";
import type { SeatMapDrawingInput } from "@/lib/validation/auditoriums";

/**
 * The editor's "cinema" start: every cell a seat except a centre aisle
 * (one empty column in the middle, when there are at least 8 columns), the
 * back third of the rows Premium, the two outer front-row seats accessible.
 */
export function cinemaPreset(rows: number, columns: number): SeatMapDrawingInput {
  const aisle = columns >= 8 ? Math.floor(columns / 2) : -1;
  const premiumFrom = rows >= 3 ? rows - Math.max(1, Math.round(rows / 3)) : rows;
  const labels = autoRowLabels(
    Array.from({ length: rows }, () => true),
    [],
  );
  const seatColumns = Array.from({ length: columns }, (_, c) => c).filter((c) => c !== aisle);
  const numbers = seatNumbers(seatColumns, "ltr");
  const seats: SeatMapDrawingInput["seats"] = [];
  for (let row = 0; row < rows; row++) {
    for (const column of seatColumns) {
      seats.push({
        row,
        column,
        rowLabel: labels[row]!,
        number: numbers.get(column)!,
        category: row >= premiumFrom ? "Premium" : "Standard",
        accessible: row === 0 && (column === seatColumns[0] || column === seatColumns.at(-1)),
        disabled: false,
      });
    }
  }
  return {
    rows,
    columns,
    categories: [
      { name: "Standard", color: "#6366f1", defaultPriceMinor: 1000 },
      { name: "Premium", color: "#f59e0b", defaultPriceMinor: 1400 },
    ],
    seats,
    layout: { numbering: "ltr", rowLabelOverrides: [] },
  };
}
