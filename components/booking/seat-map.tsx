"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/lib/format";
import type { SeatMapCategory, SeatMapSeat } from "@/lib/services/booking/get-seat-map";

export type SeatView = SeatMapSeat & { selected: boolean };

type Props = {
  seats: SeatView[];
  categories: SeatMapCategory[];
  columns: number;
  currency: string;
  defaultPriceMinor: number;
  /** While seats are held the map is read-only. */
  locked: boolean;
  onToggle: (label: string) => void;
};

function stateWord(seat: SeatView) {
  if (seat.isDisabled) return "not for sale";
  if (seat.selected) return "selected";
  return seat.state === "taken" ? "taken" : "free";
}

/**
 * The seat grid: one button per seat at its grid position (empty columns are
 * aisles), row labels at both ends. One seat is in the tab order at a time
 * (roving tabindex); arrow keys move between seats, Home/End to the row's
 * ends, Enter/Space toggle. Taken seats stay reachable but aria-disabled.
 */
export function SeatMap({ seats, categories, columns, currency, defaultPriceMinor, locked, onToggle }: Props) {
  const byCategory = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);
  const rows = useMemo(() => {
    const map = new Map<number, SeatView[]>();
    for (const s of seats) map.set(s.row, [...(map.get(s.row) ?? []), s]);
    return [...map.entries()].sort((a, b) => a[0] - b[0]).map(([row, list]) => ({ row, label: list[0].rowLabel, seats: list.sort((a, b) => a.column - b.column) }));
  }, [seats]);
  const [active, setActive] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusable = active && seats.some((s) => s.label === active) ? active : (seats.find((s) => s.selected) ?? seats.find((s) => s.state === "free") ?? seats[0])?.label;

  function move(label: string) {
    setActive(label);
    buttons.current.get(label)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, seat: SeatView) {
    const r = rows.findIndex((x) => x.row === seat.row);
    const row = rows[r].seats;
    const i = row.findIndex((s) => s.label === seat.label);
    const nearestIn = (target: (typeof rows)[number] | undefined) =>
      target?.seats.reduce((best, s) => (Math.abs(s.column - seat.column) < Math.abs(best.column - seat.column) ? s : best));
    let next: SeatView | undefined;
    switch (event.key) {
      case "ArrowLeft": next = row[i - 1]; break;
      case "ArrowRight": next = row[i + 1]; break;
      case "ArrowUp": next = nearestIn(rows[r - 1]); break;
      case "ArrowDown": next = nearestIn(rows[r + 1]); break;
      case "Home": next = row[0]; break;
      case "End": next = row.at(-1); break;
      default: return;
    }
    event.preventDefault();
    if (next) move(next.label);
  }

  // Grid columns: row label, the hall's columns (narrow where no seat stands: an aisle), row label.
  const used = new Set(seats.map((s) => s.column));
  // Seats never shrink below 24px, the smallest target a finger (and WCAG 2.5.8) can rely on:
  // on a narrow phone a wide hall scrolls sideways inside its card instead.
  const template = ["0.875rem", ...Array.from({ length: columns }, (_, c) => (used.has(c) ? "minmax(1.5rem, 2.25rem)" : "minmax(0.375rem, 0.75rem)")), "0.875rem"].join(" ");
  return (
    <div className="-mx-1 overflow-x-auto px-1 pt-1 pb-2">
      <div className="mx-auto w-fit">
        <div aria-hidden className="mx-auto mb-6 w-4/5">
          <div className="h-1.5 rounded-full bg-gradient-to-r from-transparent via-fg-muted/60 to-transparent" />
          <p className="mt-1 text-center text-[11px] font-medium tracking-[0.3em] text-fg-muted uppercase">Screen</p>
        </div>
        <div role="group" aria-label="Seat map, screen at the front. Use the arrow keys to move between seats." className="grid gap-[3px] sm:gap-1.5" style={{ gridTemplateColumns: template }}>
          {rows.map(({ row, label, seats: rowSeats }) => (
            <div key={row} className="contents">
              <span aria-hidden className="flex items-center justify-center text-xs font-semibold text-fg-muted" style={{ gridRow: row + 1, gridColumn: 1 }}>
                {label}
              </span>
              {rowSeats.map((seat) => {
                const category = seat.categoryId ? byCategory.get(seat.categoryId) : undefined;
                const price = formatMoney(category?.priceMinor ?? defaultPriceMinor, currency);
                const taken = seat.state === "taken" || seat.isDisabled;
                const name = `Seat ${seat.label}, ${category?.name ?? "Seat"}, ${price}${seat.isAccessible ? ", wheelchair accessible" : ""}, ${stateWord(seat)}`;
                return (
                  <button
                    key={seat.label}
                    ref={(el) => {
                      if (el) buttons.current.set(seat.label, el);
                      else buttons.current.delete(seat.label);
                    }}
                    type="button"
                    aria-label={name}
                    aria-pressed={seat.selected}
                    aria-disabled={taken || locked || undefined}
                    tabIndex={seat.label === focusable ? 0 : -1}
                    onFocus={() => setActive(seat.label)}
                    onKeyDown={(e) => onKeyDown(e, seat)}
                    onClick={() => {
                      setActive(seat.label);
                      if (!taken && !locked) onToggle(seat.label);
                    }}
                    title={name}
                    style={{ gridRow: row + 1, gridColumn: seat.column + 2, ...(seat.state === "free" && !seat.selected && !seat.isDisabled ? { backgroundColor: category?.color ?? "var(--brand)" } : {}) }}
                    className={cn(
                      "relative flex aspect-square items-center justify-center rounded-t-md rounded-b-sm text-[10px] sm:rounded-t-lg sm:text-[11px] leading-none font-semibold transition",
                      "focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                      seat.isDisabled
                        ? "cursor-not-allowed border border-dashed border-border text-fg-muted/60"
                        : seat.selected
                          ? "bg-success text-surface shadow-sm ring-2 ring-success/40 ring-offset-1 ring-offset-surface"
                          : seat.state === "taken"
                            ? "cursor-not-allowed bg-surface-muted text-fg-muted/50"
                            : cn("text-white shadow-xs", locked ? "cursor-default opacity-60" : "cursor-pointer hover:brightness-110 hover:-translate-y-px"),
                    )}
                  >
                    <span aria-hidden>{seat.isDisabled ? "–" : seat.selected ? "✓" : seat.state === "taken" ? "×" : seat.isAccessible ? "♿" : seat.number}</span>
                  </button>
                );
              })}
              <span aria-hidden className="flex items-center justify-center text-xs font-semibold text-fg-muted" style={{ gridRow: row + 1, gridColumn: columns + 2 }}>
                {label}
              </span>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** What each look on the map means, with the categories' prices. */
export function SeatLegend({ categories, currency }: { categories: SeatMapCategory[]; currency: string }) {
  const swatch = "inline-flex size-5 items-center justify-center rounded-t-md rounded-b-sm text-[10px] font-semibold";
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-fg-muted">
      {categories.map((c) => (
        <li key={c.id} className="flex items-center gap-1.5">
          <span aria-hidden className={cn(swatch, "text-white")} style={{ backgroundColor: c.color }} />
          <span>
            {c.name} <span className="font-medium text-fg">{formatMoney(c.priceMinor, currency)}</span>
          </span>
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden className={cn(swatch, "bg-success text-surface")}>✓</span> Selected
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className={cn(swatch, "bg-surface-muted text-fg-muted/60")}>×</span> Taken
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className={cn(swatch, "bg-fg-muted text-surface")}>♿</span> Wheelchair accessible
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className={cn(swatch, "border border-dashed border-border")}>–</span> Not for sale
      </li>
    </ul>
  );
}
