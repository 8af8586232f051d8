import type { SeatMapInput } from "@/lib/validation/seating";

/**
 * A rectangular cinema: `rowLabels` front to back, `seatsPerRow` seats
 * numbered from 1, with an aisle (an empty grid column) after each seat
 * number in `aislesAfter`. Used by the demo data and as the editor's
 * starting point.
 */
export function gridSeatMap(options: {
  rowLabels: string[];
  seatsPerRow: number;
  aislesAfter?: number[];
  categories?: { name: string; color: string; rows: string[]; defaultPriceMinor?: number }[];
  accessible?: string[];
  disabled?: string[];
}): SeatMapInput {
  const aisles = [...(options.aislesAfter ?? [])].sort((a, b) => a - b);
  const columnOf = (n: number) => n - 1 + aisles.filter((a) => a < n).length;
  const seats: SeatMapInput["seats"] = [];
  options.rowLabels.forEach((rowLabel, row) => {
    const category = options.categories?.find((c) => c.rows.includes(rowLabel))?.name;
    for (let number = 1; number <= options.seatsPerRow; number++) {
      const label = `${rowLabel}${number}`;
      seats.push({
        row,
        column: columnOf(number),
        rowLabel,
        number,
        category,
        accessible: options.accessible?.includes(label) ?? false,
        disabled: options.disabled?.includes(label) ?? false,
      });
    }
  });
  return {
    rows: options.rowLabels.length,
    columns: columnOf(options.seatsPerRow) + 1,
    categories: options.categories?.map(({ name, color, defaultPriceMinor }) => ({ name, color, defaultPriceMinor })) ?? [],
    seats,
  };
}
