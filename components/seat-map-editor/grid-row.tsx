"use client";

import { memo, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { Selection } from "./editor-grid";
import type { EditorCategory, SeatCell, Tool } from "./model";

type CellProps = {
  index: number;
  seat: SeatCell | null;
  number: number | null;
  rowLabel: string | null;
  column: number;
  color: string | undefined;
  categoryName: string | undefined;
  preview: Tool | null;
  selected: boolean;
  tabbable: boolean;
};

/**
 * One grid cell, drawn like a seat of the buyers' map. Memoized on plain
 * props (no callbacks: the grid handles events by delegation), so painting
 * re-renders only the cells that changed.
 */
const Cell = memo(function Cell({ index, seat, number, rowLabel, column, color, categoryName, preview, selected, tabbable }: CellProps) {
  const name = seat
    ? `Seat ${rowLabel ?? ""}${number ?? ""}, ${categoryName ?? "no category"}${seat.accessible ? ", wheelchair accessible" : ""}${seat.disabled ? ", disabled" : ""}`
    : `Gap, column ${column + 1}${rowLabel ? `, row ${rowLabel}` : ""}`;
  return (
    <button
      type="button"
      data-cell={index}
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      title={name}
      style={seat && !seat.disabled ? { backgroundColor: color ?? "var(--brand)" } : undefined}
      className={cn(
        "relative flex size-(--cell) items-center justify-center text-[10px] leading-none font-semibold select-none",
        "focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        seat
          ? seat.disabled
            ? "rounded-t-md rounded-b-sm border border-dashed border-fg-muted/50 bg-surface text-fg-muted"
            : "rounded-t-md rounded-b-sm text-white shadow-xs"
          : "rounded-sm border border-dashed border-border bg-surface-muted/30 text-transparent hover:bg-surface-muted",
        selected && "ring-2 ring-brand/40",
        preview && "outline-2 outline-offset-1 outline-ring",
        preview === "erase" && seat && "opacity-35",
        preview === "seat" && !seat && "bg-brand/30",
      )}
    >
      <span aria-hidden>{seat ? (seat.disabled ? "–" : seat.accessible ? "♿" : number) : ""}</span>
    </button>
  );
});

export const headerClasses = "flex items-center justify-center rounded text-[10px] font-semibold text-fg-muted hover:bg-surface-muted hover:text-fg";

type RowCells = { cells: (SeatCell | null)[]; numbers: (number | null)[] };

/**
 * The drawing cut into rows that keep their identity while unchanged, so a
 * memoized row skips rendering entirely: painting one cell renders one row,
 * not a 2000-cell grid.
 */
export function useStableRows(cells: (SeatCell | null)[], numbers: (number | null)[], rows: number, columns: number): RowCells[] {
  // State from the previous render, updated during render (React's pattern for derived state), not a mutable ref.
  const [memo, setMemo] = useState<{ cells: (SeatCell | null)[]; numbers: (number | null)[]; columns: number; rows: RowCells[] } | null>(null);
  if (memo && memo.cells === cells && memo.numbers === numbers && memo.columns === columns) return memo.rows;
  const same = <T,>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const next = Array.from({ length: rows }, (_, r) => {
    const row = { cells: cells.slice(r * columns, (r + 1) * columns), numbers: numbers.slice(r * columns, (r + 1) * columns) };
    const previous = memo?.rows[r];
    return previous && same(previous.cells, row.cells) && same(previous.numbers, row.numbers) ? previous : row;
  });
  setMemo({ cells, numbers, columns, rows: next });
  return next;
}

type GridRowProps = {
  row: number;
  columns: number;
  cells: (SeatCell | null)[];
  numbers: (number | null)[];
  label: string | null;
  byKey: Map<string, EditorCategory>;
  /** Columns under the drag rectangle in this row (-1: none). */
  previewFrom: number;
  previewTo: number;
  tool: Tool;
  rowSelected: boolean;
  selectedColumn: number;
  /** The column of the cell in the tab order, if it is in this row (-1: none). */
  focusColumn: number;
  onSelect: (selection: Selection) => void;
};

export const GridRow = memo(function GridRow({ row, columns, cells, numbers, label, byKey, previewFrom, previewTo, tool, rowSelected, selectedColumn, focusColumn, onSelect }: GridRowProps) {
  return (
    <div className="contents">
      <button
        type="button"
        tabIndex={-1}
        aria-label={`Select grid row ${row + 1}${label ? ` (row ${label})` : ""}`}
        aria-pressed={rowSelected}
        onClick={() => onSelect(rowSelected ? null : { kind: "row", index: row })}
        className={cn(headerClasses, "text-xs", rowSelected && "bg-brand/15 text-fg")}
      >
        {label ?? "·"}
      </button>
      {cells.map((seat, c) => {
        const category = seat?.category ? byKey.get(seat.category) : undefined;
        return (
          <Cell
            key={c}
            index={row * columns + c}
            seat={seat}
            number={numbers[c]}
            rowLabel={label}
            column={c}
            color={category?.color}
            categoryName={category?.name}
            preview={c >= previewFrom && c <= previewTo ? tool : null}
            selected={rowSelected || selectedColumn === c}
            tabbable={c === focusColumn}
          />
        );
      })}
      <span aria-hidden className="flex items-center justify-center text-xs font-semibold text-fg-muted">
        {label ?? ""}
      </span>
    </div>
  );
});

