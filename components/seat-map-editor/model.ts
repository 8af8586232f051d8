// The seat-map editor's drawing as plain immutable data, with every edit a
// pure function (easy to test, and undo is just keeping old states). A cell
// that does not change keeps its object, so memoized cells skip re-rendering.
import { autoRowLabels, seatNumbers } from "@/lib/seat-maps/numbering";
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, type SeatMapDrawingInput } from "@/lib/validation/auditoriums";

export type SeatCell = {
  /** The saved seat's id; kept through edits so the server keeps its inventory. */
  id?: string;
  /** A category's key, or null for an uncategorised seat. */
  category: string | null;
  accessible: boolean;
  disabled: boolean;
};

export type EditorCategory = { key: string; id?: string; name: string; color: string; priceMinor: number };

export type Numbering = "ltr" | "rtl";

export type Drawing = {
  rows: number;
  columns: number;
  /** Row-major, rows x columns; null is a gap (aisle). */
  cells: (SeatCell | null)[];
  categories: EditorCategory[];
  numbering: Numbering;
  /** Row labels typed by hand, by grid row. */
  rowLabelOverrides: (string | null)[];
};

export type Tool = "seat" | "erase" | "category" | "accessible" | "disabled";

export const CATEGORY_COLORS = ["#6366f1", "#f59e0b", "#10b981", "#ef4444", "#0ea5e9", "#a855f7", "#ec4899", "#84cc16", "#14b8a6", "#f97316", "#64748b", "#eab308"];

export type SavedAuditorium = {
  rowCount: number;
  columnCount: number;
  layout: { numbering: Numbering; rowLabelOverrides: (string | null)[] };
  categories: { id: string; name: string; color: string; defaultPriceMinor: number | null }[];
  seats: { id: string; gridRow: number; gridColumn: number; categoryId: string | null; isAccessible: boolean; isDisabled: boolean }[];
};

export function fromSaved(saved: SavedAuditorium): Drawing {
  const cells: (SeatCell | null)[] = Array(saved.rowCount * saved.columnCount).fill(null);
  for (const s of saved.seats) {
    if (s.gridRow >= saved.rowCount || s.gridColumn >= saved.columnCount) continue;
    cells[s.gridRow * saved.columnCount + s.gridColumn] = { id: s.id, category: s.categoryId, accessible: s.isAccessible, disabled: s.isDisabled };
  }
  const categories = saved.categories.map((c) => ({ key: c.id, id: c.id, name: c.name, color: c.color, priceMinor: c.defaultPriceMinor ?? 0 }));
  return {
    rows: saved.rowCount,
    columns: saved.columnCount,
    cells,
    categories: categories.length ? categories : [{ key: "new-standard", name: "Standard", color: CATEGORY_COLORS[0], priceMinor: 1000 }],
    numbering: saved.layout.numbering,
    rowLabelOverrides: saved.layout.rowLabelOverrides.slice(0, saved.rowCount),
  };
}

/** Row labels by grid row and seat numbers by cell, from the auto-numbering rules and typed overrides. */
export function labelsOf(d: Pick<Drawing, "rows" | "columns" | "cells" | "numbering" | "rowLabelOverrides">) {
  const numbers: (number | null)[] = Array(d.cells.length).fill(null);
  const hasSeats: boolean[] = [];
  for (let r = 0; r < d.rows; r++) {
    const columns: number[] = [];
    for (let c = 0; c < d.columns; c++) if (d.cells[r * d.columns + c]) columns.push(c);
    hasSeats.push(columns.length > 0);
    for (const [c, n] of seatNumbers(columns, d.numbering)) numbers[r * d.columns + c] = n;
  }
  return { rowLabels: autoRowLabels(hasSeats, d.rowLabelOverrides), numbers };
}

/** The drawing as the save action takes it. */
export function toDrawingInput(d: Drawing): SeatMapDrawingInput {
  const { rowLabels, numbers } = labelsOf(d);
  const nameOf = new Map(d.categories.map((c) => [c.key, c.name]));
  const seats: SeatMapDrawingInput["seats"] = [];
  d.cells.forEach((cell, i) => {
    if (!cell) return;
    const row = Math.floor(i / d.columns);
    seats.push({
      id: cell.id,
      row,
      column: i % d.columns,
      rowLabel: rowLabels[row] ?? "",
      number: numbers[i] ?? 0,
      category: cell.category === null ? null : (nameOf.get(cell.category) ?? null),
      accessible: cell.accessible,
      disabled: cell.disabled,
    });
  });
  return {
    rows: d.rows,
    columns: d.columns,
    categories: d.categories.map((c) => ({ id: c.id, name: c.name, color: c.color, defaultPriceMinor: c.priceMinor })),
    seats,
    layout: { numbering: d.numbering, rowLabelOverrides: d.rowLabelOverrides.slice(0, d.rows).map((l) => l?.trim() || null) },
  };
}

export function countsOf(d: Drawing) {
  const byCategory = new Map<string | null, number>();
  let total = 0;
  let accessible = 0;
  let disabled = 0;
  for (const cell of d.cells) {
    if (!cell) continue;
    total++;
    if (cell.accessible) accessible++;
    if (cell.disabled) disabled++;
    byCategory.set(cell.category, (byCategory.get(cell.category) ?? 0) + 1);
  }
  return { total, accessible, disabled, sellable: total - disabled, byCategory };
}

/** The cells of the rectangle spanned by two cell indexes. */
export function rectIndexes(columns: number, a: number, b: number): number[] {
  const [r1, r2] = [Math.floor(a / columns), Math.floor(b / columns)].sort((x, y) => x - y);
  const [c1, c2] = [a % columns, b % columns].sort((x, y) => x - y);
  const out: number[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(r * columns + c);
  return out;
}

/**
 * Paints cells with a tool. The toggles (accessible, disabled) take their
 * direction from the anchor cell, so one drag sets or clears a whole block.
 * Returns the same drawing when nothing changes, so no undo step is made.
 */
export function paint(d: Drawing, indexes: number[], tool: Tool, category: string | null, anchor: number): Drawing {
  const anchorCell = d.cells[anchor];
  const on = tool === "accessible" ? !anchorCell?.accessible : tool === "disabled" ? !anchorCell?.disabled : false;
  let cells: (SeatCell | null)[] | null = null;
  for (const i of indexes) {
    const cell = d.cells[i];
    let next: SeatCell | null = cell;
    if (tool === "seat") next = cell ? (cell.category === category ? cell : { ...cell, category }) : { category, accessible: false, disabled: false };
    else if (tool === "erase") next = null;
    else if (!cell) continue;
    else if (tool === "category") next = cell.category === category ? cell : { ...cell, category };
    else if (tool === "accessible") next = cell.accessible === on ? cell : { ...cell, accessible: on };
    else if (tool === "disabled") next = cell.disabled === on ? cell : { ...cell, disabled: on };
    if (next !== cell) {
      cells ??= d.cells.slice();
      cells[i] = next;
    }
  }
  return cells ? { ...d, cells } : d;
}

export function lineIndexes(d: Pick<Drawing, "rows" | "columns">, kind: "row" | "column", index: number): number[] {
  return kind === "row"
    ? Array.from({ length: d.columns }, (_, c) => index * d.columns + c)
    : Array.from({ length: d.rows }, (_, r) => r * d.columns + index);
}

/** Inserts an empty row before grid row `at` (at = rows appends one at the back). */
export function insertRow(d: Drawing, at: number): Drawing {
  if (d.rows >= MAX_GRID_ROWS) return d;
  const cells = [...d.cells.slice(0, at * d.columns), ...Array<null>(d.columns).fill(null), ...d.cells.slice(at * d.columns)];
  const overrides = padded(d.rowLabelOverrides, d.rows);
  overrides.splice(at, 0, null);
  return { ...d, rows: d.rows + 1, cells, rowLabelOverrides: overrides };
}

export function deleteRow(d: Drawing, at: number): Drawing {
  if (d.rows <= 1) return d;
  const cells = [...d.cells.slice(0, at * d.columns), ...d.cells.slice((at + 1) * d.columns)];
  const overrides = padded(d.rowLabelOverrides, d.rows);
  overrides.splice(at, 1);
  return { ...d, rows: d.rows - 1, cells, rowLabelOverrides: overrides };
}

/** Inserts an empty column (an aisle) before grid column `at`. */
export function insertColumn(d: Drawing, at: number): Drawing {
  if (d.columns >= MAX_GRID_COLUMNS) return d;
  const cells: (SeatCell | null)[] = [];
  for (let r = 0; r < d.rows; r++) {
    const row = d.cells.slice(r * d.columns, (r + 1) * d.columns);
    row.splice(at, 0, null);
    cells.push(...row);
  }
  return { ...d, columns: d.columns + 1, cells };
}

export function deleteColumn(d: Drawing, at: number): Drawing {
  if (d.columns <= 1) return d;
  const cells = d.cells.filter((_, i) => i % d.columns !== at);
  return { ...d, columns: d.columns - 1, cells };
}

export function setRowLabel(d: Drawing, row: number, label: string): Drawing {
  const overrides = padded(d.rowLabelOverrides, d.rows);
  overrides[row] = label.trim() ? label.trim().slice(0, 8) : null;
  return { ...d, rowLabelOverrides: overrides };
}

export function removeCategory(d: Drawing, key: string): Drawing {
  let cells: (SeatCell | null)[] | null = null;
  d.cells.forEach((cell, i) => {
    if (cell?.category === key) {
      cells ??= d.cells.slice();
      cells[i] = { ...cell, category: null };
    }
  });
  return { ...d, cells: cells ?? d.cells, categories: d.categories.filter((c) => c.key !== key) };
}

/** After a save: the server's ids for seats (by position) and categories (by name), without an undo step. */
export function withSavedIds(d: Drawing, seats: { id: string; gridRow: number; gridColumn: number }[], categories: { id: string; name: string }[]): Drawing {
  const cells = d.cells.slice();
  for (const s of seats) {
    const i = s.gridRow * d.columns + s.gridColumn;
    const cell = cells[i];
    if (cell && s.gridRow < d.rows && s.gridColumn < d.columns && cell.id !== s.id) cells[i] = { ...cell, id: s.id };
  }
  const idOf = new Map(categories.map((c) => [c.name.toLowerCase(), c.id]));
  return { ...d, cells, categories: d.categories.map((c) => (c.id ? c : { ...c, id: idOf.get(c.name.toLowerCase()) })) };
}

function padded<T>(list: (T | null)[], length: number): (T | null)[] {
  return Array.from({ length }, (_, i) => list[i] ?? null);
}
