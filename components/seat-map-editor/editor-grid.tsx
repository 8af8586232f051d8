"use client";

import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from "react";
import { cn } from "@/components/ui/cn";
import { GridRow, headerClasses, useStableRows } from "./grid-row";
import { rectIndexes, type Drawing, type EditorCategory, type Tool } from "./model";

export type Selection = { kind: "row" | "column"; index: number } | null;

type Props = {
  drawing: Drawing;
  rowLabels: (string | null)[];
  numbers: (number | null)[];
  categories: EditorCategory[];
  tool: Tool;
  readOnly: boolean;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** Paint these cells with the current tool; `anchor` is where the stroke began. */
  onPaint: (indexes: number[], anchor: number) => void;
};

function rectOf(columns: number, a: number, b: number) {
  const [r1, r2] = [Math.floor(a / columns), Math.floor(b / columns)].sort((x, y) => x - y);
  const [c1, c2] = [a % columns, b % columns].sort((x, y) => x - y);
  return { r1, r2, c1, c2 };
}

/** Cells shrink a little for wide halls so a 25-column cinema fits beside the panels on a laptop; wider grids scroll. */
function cellSize(columns: number) {
  const [cell, gap] = columns <= 18 ? ["1.75rem", "0.25rem"] : columns <= 22 ? ["1.5rem", "0.1875rem"] : ["1.375rem", "0.1875rem"];
  return { "--cell": cell, "--gap": gap } as CSSProperties;
}

/**
 * The drawing grid: click or drag (mouse, pen) paints the rectangle between
 * the first and the last cell; a tap paints one cell (touch keeps scrolling).
 * One cell is in the tab order; arrow keys move, Home/End go to the row's
 * ends, Space/Enter paint. Row and column headers (or Shift+Space and
 * Ctrl+Space, kept out of the tab order so Tab does not walk 140 headers)
 * select a whole line.
 */
export function EditorGrid({ drawing, rowLabels, numbers, categories, tool, readOnly, selection, onSelect, onPaint }: Props) {
  const { rows, columns, cells } = drawing;
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null);
  const [focused, setFocused] = useState(0);
  const tap = useRef<number | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const scrollBox = useRef<HTMLDivElement>(null);
  const byKey = useMemo(() => new Map(categories.map((c) => [c.key, c])), [categories]);
  const dragRect = drag ? rectOf(columns, drag.anchor, drag.current) : null;
  const rowData = useStableRows(cells, numbers, rows, columns);
  const focusIndex = Math.min(focused, cells.length - 1);

  // The stroke ends wherever the pointer is released, even outside the grid.
  useEffect(() => {
    if (!drag) return;
    const end = () => {
      onPaint(rectIndexes(columns, drag.anchor, drag.current), drag.anchor);
      setDrag(null);
    };
    window.addEventListener("pointerup", end);
    window.addEventListener("pointercancel", end);
    return () => {
      window.removeEventListener("pointerup", end);
      window.removeEventListener("pointercancel", end);
    };
  }, [drag, columns, onPaint]);

  const cellAt = (target: EventTarget | null) => {
    const el = (target as HTMLElement | null)?.closest?.("[data-cell]");
    return el ? Number(el.getAttribute("data-cell")) : null;
  };

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    const index = cellAt(event.target);
    if (index === null || readOnly || event.button !== 0) return;
    setFocused(index);
    if (event.pointerType === "touch") {
      tap.current = index;
      return;
    }
    event.preventDefault();
    (event.target as HTMLElement).closest<HTMLElement>("[data-cell]")?.focus({ preventScroll: true });
    setDrag({ anchor: index, current: index });
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!drag) return;
    // Near an edge the page (and the grid's own scroller) follow, so a stroke can span more than one screen.
    const edge = 48;
    const scroller = scrollBox.current;
    if (event.clientY > window.innerHeight - edge) window.scrollBy(0, 24);
    else if (event.clientY < edge) window.scrollBy(0, -24);
    if (scroller) {
      const box = scroller.getBoundingClientRect();
      if (event.clientX > box.right - edge) scroller.scrollBy(24, 0);
      else if (event.clientX < box.left + edge) scroller.scrollBy(-24, 0);
    }
    const index = cellAt(document.elementFromPoint(event.clientX, event.clientY));
    if (index !== null && index !== drag.current) setDrag({ ...drag, current: index });
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (event.pointerType !== "touch" || tap.current === null) return;
    const index = cellAt(event.target);
    if (index === tap.current) onPaint([index], index);
    tap.current = null;
  }

  function moveFocus(index: number) {
    setFocused(index);
    container.current?.querySelector<HTMLElement>(`[data-cell="${index}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = cellAt(event.target);
    if (index === null) return;
    const r = Math.floor(index / columns);
    const c = index % columns;
    let next: number | null = null;
    switch (event.key) {
      case "ArrowLeft": next = c > 0 ? index - 1 : null; break;
      case "ArrowRight": next = c < columns - 1 ? index + 1 : null; break;
      case "ArrowUp": next = r > 0 ? index - columns : null; break;
      case "ArrowDown": next = r < rows - 1 ? index + columns : null; break;
      case "Home": next = r * columns; break;
      case "End": next = r * columns + columns - 1; break;
      case " ":
      case "Enter":
        event.preventDefault();
        // Spreadsheet keys: Shift+Space selects the row, Ctrl+Space the column.
        if (event.key === " " && event.shiftKey) onSelect({ kind: "row", index: r });
        else if (event.key === " " && (event.ctrlKey || event.metaKey)) onSelect({ kind: "column", index: c });
        else if (!readOnly) onPaint([index], index);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next !== null) moveFocus(next);
  }


  return (
    <div ref={scrollBox} className="overflow-auto pb-2">
      <div className="mx-auto w-fit px-1 pt-1">
        <div aria-hidden className="mx-auto mb-5 w-4/5">
          <div className="h-1.5 rounded-full bg-gradient-to-r from-transparent via-fg-muted/60 to-transparent" />
          <p className="mt-1 text-center text-[11px] font-medium tracking-[0.3em] text-fg-muted uppercase">Screen</p>
        </div>
        <div
          ref={container}
          role="group"
          aria-label="Seat map grid, screen at the front. Arrow keys move between cells; Space or Enter paints with the current tool; Shift+Space selects the row, Ctrl+Space the column."
          className="grid touch-manipulation gap-(--gap)"
          style={{ gridTemplateColumns: `2rem repeat(${columns}, var(--cell)) 2rem`, ...cellSize(columns) }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onKeyDown={onKeyDown}
          onFocus={(e) => {
            const index = cellAt(e.target);
            if (index !== null) setFocused(index);
          }}
        >
          <span />
          {Array.from({ length: columns }, (_, c) => (
            <button
              key={`col-${c}`}
              type="button"
              tabIndex={-1}
              aria-label={`Select column ${c + 1}`}
              aria-pressed={selection?.kind === "column" && selection.index === c}
              onClick={() => onSelect(selection?.kind === "column" && selection.index === c ? null : { kind: "column", index: c })}
              className={cn(headerClasses, "h-5", selection?.kind === "column" && selection.index === c && "bg-brand/15 text-fg")}
            >
              {c + 1}
            </button>
          ))}
          <span />
          {rowData.map((row, r) => {
            const inRect = dragRect && r >= dragRect.r1 && r <= dragRect.r2;
            return (
              <GridRow
                key={r}
                row={r}
                columns={columns}
                cells={row.cells}
                numbers={row.numbers}
                label={rowLabels[r]}
                byKey={byKey}
                previewFrom={inRect ? dragRect.c1 : -1}
                previewTo={inRect ? dragRect.c2 : -1}
                tool={tool}
                rowSelected={selection?.kind === "row" && selection.index === r}
                selectedColumn={selection?.kind === "column" ? selection.index : -1}
                focusColumn={Math.floor(focusIndex / columns) === r ? focusIndex % columns : -1}
                onSelect={onSelect}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
