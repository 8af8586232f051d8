"use client";

import { useMemo } from "react";
import { SeatLegend, SeatMap, type SeatView } from "@/components/booking/seat-map";
import type { Drawing } from "./model";

/** The drawing as a buyer will see it: the booking seat map itself, every seat free. */
export function BuyerPreview({ drawing, rowLabels, numbers }: { drawing: Drawing; rowLabels: (string | null)[]; numbers: (number | null)[] }) {
  const seats = useMemo<SeatView[]>(() => {
    const out: SeatView[] = [];
    drawing.cells.forEach((cell, i) => {
      if (!cell) return;
      const row = Math.floor(i / drawing.columns);
      const rowLabel = rowLabels[row] ?? "";
      const number = numbers[i] ?? 0;
      out.push({
        label: `${rowLabel}${number}`,
        rowLabel,
        number,
        row,
        column: i % drawing.columns,
        categoryId: cell.category,
        isAccessible: cell.accessible,
        isDisabled: cell.disabled,
        state: "free",
        selected: false,
      });
    });
    return out;
  }, [drawing, rowLabels, numbers]);
  const categories = drawing.categories.map((c) => ({ id: c.key, name: c.name, color: c.color, priceMinor: c.priceMinor }));
  if (!seats.length) return <p className="py-12 text-center text-sm text-fg-muted">No seats yet: draw some to preview the map.</p>;
  return (
    <div className="flex flex-col gap-5">
      <p className="text-xs text-fg-muted">This is the seat picker buyers get, with each category at its default price. Nothing is held or sold from here.</p>
      <SeatMap seats={seats} categories={categories} columns={drawing.columns} currency="EUR" defaultPriceMinor={0} locked={false} onToggle={() => {}} />
      <SeatLegend categories={categories} currency="EUR" />
    </div>
  );
}
