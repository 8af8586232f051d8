"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { FormState } from "@/lib/http/form-state";
import { seatMapDrawingSchema, type SeatMapDrawingInput } from "@/lib/validation/auditoriums";
import { BuyerPreview } from "./buyer-preview";
import { CategoriesPanel } from "./categories-panel";
import { EditorGrid, type Selection } from "./editor-grid";
import {
  CATEGORY_COLORS,
  countsOf,
  deleteColumn,
  deleteRow,
  fromSaved,
  insertColumn,
  insertRow,
  labelsOf,
  lineIndexes,
  paint,
  removeCategory,
  setRowLabel,
  toDrawingInput,
  withSavedIds,
  type Drawing,
  type SavedAuditorium,
  type Tool,
} from "./model";
import { CountsPanel, SelectionPanel } from "./side-panels";
import { useHistory } from "./use-history";
import { useUnsavedGuard } from "./use-unsaved-guard";

export type SaveResult = { seats: { id: string; gridRow: number; gridColumn: number }[]; categories: { id: string; name: string }[] };

type Props = {
  auditoriumId: string;
  saved: SavedAuditorium;
  readOnly: boolean;
  /** Showtimes using this map, to warn that category changes reach their prices. */
  showtimeCount: number;
  save: (auditoriumId: string, drawing: SeatMapDrawingInput) => Promise<FormState<SaveResult>>;
};

const TOOLS: { tool: Tool; label: string; key: string; hint: string }[] = [
  { tool: "seat", label: "Seat", key: "s", hint: "Add seats in the chosen category" },
  { tool: "erase", label: "Erase", key: "e", hint: "Make gaps and aisles" },
  { tool: "category", label: "Category", key: "c", hint: "Recolour existing seats with the chosen category" },
  { tool: "accessible", label: "♿ Accessible", key: "a", hint: "Toggle wheelchair spaces" },
  { tool: "disabled", label: "Disabled", key: "d", hint: "Toggle seats that are never sold" },
];

/** What identifies a drawing's content (not its ids), to tell whether there is anything unsaved. */
function fingerprint(d: Drawing) {
  const input = toDrawingInput(d);
  return JSON.stringify({ ...input, categories: input.categories.map((c) => ({ ...c, id: undefined })), seats: input.seats.map((s) => ({ ...s, id: undefined })) });
}

function issuesOf(state: FormState | null): string[] {
  if (!state || state.ok) return [];
  return [...new Set(Object.values(state.fieldErrors ?? {}).flat())].slice(0, 8);
}

/**
 * The seat-map editor: paint seats, gaps, categories and flags on a grid,
 * with auto-numbering, undo/redo, live counts, a buyer's preview, and a save
 * that sends the whole drawing (checked with the server's own schema first).
 */
export function SeatMapEditor({ auditoriumId, saved, readOnly: viewOnly, showtimeCount, save }: Props) {
  const initial = useMemo(() => fromSaved(saved), [saved]);
  const { state: drawing, change, replace, undo, redo, canUndo, canRedo } = useHistory(initial);
  const [tool, setTool] = useState<Tool>("seat");
  const [active, setActive] = useState<string | null>(initial.categories[0]?.key ?? null);
  const [selection, setSelection] = useState<Selection>(null);
  const [preview, setPreview] = useState(false);
  const [result, setResult] = useState<FormState<SaveResult> | null>(null);
  const [saving, startSaving] = useTransition();
  const [savedPrint, setSavedPrint] = useState(() => fingerprint(initial));
  const readOnly = viewOnly || saving;

  const { rowLabels, numbers } = useMemo(() => labelsOf(drawing), [drawing]);
  const counts = useMemo(() => countsOf(drawing), [drawing]);
  const dirty = useMemo(() => fingerprint(drawing) !== savedPrint, [drawing, savedPrint]);
  const nextKey = useRef(0);
  const activeCategory = drawing.categories.some((c) => c.key === active) ? active : null;

  const onPaint = useCallback((indexes: number[], anchor: number) => change((d) => paint(d, indexes, tool, activeCategory, anchor)), [change, tool, activeCategory]);

  useUnsavedGuard(dirty);

  // Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo, letters pick tools; not while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (readOnly || target?.closest("input, textarea, select, [contenteditable=true]")) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === "z") {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if (mod && e.key.toLowerCase() === "y") {
        e.preventDefault();
        redo();
      } else if (!mod && !e.altKey) {
        const pick = TOOLS.find((t) => t.key === e.key.toLowerCase());
        if (pick) setTool(pick.tool);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo, readOnly]);

  function onSave() {
    const input = toDrawingInput(drawing);
    const parsed = seatMapDrawingSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
      setResult({ ok: false, message: "The seat map cannot be saved yet:", fieldErrors });
      return;
    }
    const print = fingerprint(drawing);
    startSaving(async () => {
      const res = await save(auditoriumId, input);
      setResult(res);
      if (res.ok && res.data) {
        const ids = res.data;
        replace((d) => withSavedIds(d, ids.seats, ids.categories));
        setSavedPrint(print);
      }
    });
  }

  function addCategory() {
    const used = new Set(drawing.categories.map((c) => c.color));
    const color = CATEGORY_COLORS.find((c) => !used.has(c)) ?? CATEGORY_COLORS[drawing.categories.length % CATEGORY_COLORS.length];
    let n = drawing.categories.length + 1;
    while (drawing.categories.some((c) => c.name.toLowerCase() === `category ${n}`)) n++;
    const key = `new-${Date.now()}-${nextKey.current++}`;
    change((d) => ({ ...d, categories: [...d.categories, { key, name: `Category ${n}`, color, priceMinor: 1000 }] }));
    setActive(key);
  }

  const selectionActions = selection && {
    apply: () => change((d) => paint(d, lineIndexes(d, selection.kind, selection.index), tool, activeCategory, lineIndexes(d, selection.kind, selection.index)[0])),
    insert: (after: boolean) => {
      const at = selection.index + (after ? 1 : 0);
      change((d) => (selection.kind === "row" ? insertRow(d, at) : insertColumn(d, at)));
      setSelection({ ...selection, index: at });
    },
    remove: () => {
      change((d) => (selection.kind === "row" ? deleteRow(d, selection.index) : deleteColumn(d, selection.index)));
      setSelection(null);
    },
  };

  const issues = issuesOf(result);
  const toolName = TOOLS.find((t) => t.tool === tool)!.label.replace("♿ ", "");

  return (
    <div className="flex flex-col gap-4">
      <div role="toolbar" aria-label="Seat map tools" className="flex flex-wrap items-center gap-2 rounded-xl border border-border bg-surface p-2 shadow-xs">
        {!viewOnly && (
          <div role="group" aria-label="Tool" className="flex flex-wrap gap-1">
            {TOOLS.map((t) => (
              <Button
                key={t.tool}
                type="button"
                size="sm"
                variant={tool === t.tool ? "primary" : "ghost"}
                aria-pressed={tool === t.tool}
                title={`${t.hint} (${t.key.toUpperCase()})`}
                onClick={() => setTool(t.tool)}
              >
                {t.label}
              </Button>
            ))}
          </div>
        )}
        {!viewOnly && <span aria-hidden className="mx-1 hidden h-6 w-px bg-border sm:block" />}
        {!viewOnly && (
          <>
            <Button type="button" size="sm" variant="outline" onClick={undo} disabled={!canUndo || readOnly} title="Undo (Ctrl+Z)">
              Undo
            </Button>
            <Button type="button" size="sm" variant="outline" onClick={redo} disabled={!canRedo || readOnly} title="Redo (Ctrl+Shift+Z)">
              Redo
            </Button>
            <Button
              type="button"
              size="sm"
              variant="outline"
              disabled={readOnly}
              aria-label={`Seat numbering: ${drawing.numbering === "ltr" ? "left to right" : "right to left"}. Switch direction.`}
              title="Number seats from the left or from the right"
              onClick={() => change((d) => ({ ...d, numbering: d.numbering === "ltr" ? "rtl" : "ltr" }))}
            >
              {drawing.numbering === "ltr" ? "1 → n" : "n ← 1"}
            </Button>
          </>
        )}
        <Button type="button" size="sm" variant={preview ? "secondary" : "outline"} aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
          Preview as buyer
        </Button>
        {!viewOnly && (
          <div className="ml-auto flex items-center gap-3">
            <span role="status" className={cn("text-xs", dirty ? "text-warning" : "text-fg-muted")}>
              {saving ? "Saving…" : dirty ? "Unsaved changes" : "All changes saved"}
            </span>
            <Button type="button" onClick={onSave} loading={saving} disabled={!dirty && !issues.length}>
              Save seat map
            </Button>
          </div>
        )}
      </div>

      {result?.message && (
        <div className="flex flex-col gap-1">
          <FormMessage ok={result.ok} message={result.message} />
          {issues.length > 0 && (
            <ul className="list-disc pl-6 text-sm text-danger">
              {issues.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 rounded-xl border border-border bg-surface p-3 shadow-xs sm:p-4">
          {preview ? (
            <BuyerPreview drawing={drawing} rowLabels={rowLabels} numbers={numbers} />
          ) : (
            <>
              {!viewOnly && (
                <p className="mb-3 text-xs text-fg-muted">
                  Click a cell, or drag across cells to paint a whole block. Click a row letter or column number to select the line. Keys: arrows move, Space paints,
                  Shift+Space / Ctrl+Space select the row / column, S/E/C/A/D pick tools, Ctrl+Z undoes.
                </p>
              )}
              <EditorGrid
                drawing={drawing}
                rowLabels={rowLabels}
                numbers={numbers}
                categories={drawing.categories}
                tool={tool}
                readOnly={readOnly}
                selection={selection}
                onSelect={setSelection}
                onPaint={onPaint}
              />
            </>
          )}
        </div>
        <aside className="flex flex-col gap-5">
          {selection && selectionActions && (
            <SelectionPanel
              selection={selection}
              rowLabel={selection.kind === "row" ? rowLabels[selection.index] : null}
              override={selection.kind === "row" ? (drawing.rowLabelOverrides[selection.index] ?? null) : null}
              toolName={toolName}
              readOnly={readOnly}
              onApply={selectionActions.apply}
              onInsert={selectionActions.insert}
              onDelete={selectionActions.remove}
              onRowLabel={(label) => change((d) => setRowLabel(d, selection.index, label))}
              onClose={() => setSelection(null)}
            />
          )}
          <CategoriesPanel
            categories={drawing.categories}
            counts={counts.byCategory}
            active={activeCategory}
            readOnly={readOnly}
            onActivate={(key) => {
              setActive(key);
              if (tool !== "seat" && tool !== "category") setTool("category");
            }}
            onAdd={addCategory}
            onUpdate={(key, patch) => change((d) => ({ ...d, categories: d.categories.map((c) => (c.key === key ? { ...c, ...patch } : c)) }))}
            onRemove={(key) => {
              const category = drawing.categories.find((c) => c.key === key);
              const used = counts.byCategory.get(key) ?? 0;
              const warning = `Delete ${category?.name ?? "this category"}? Its ${used} seat${used === 1 ? "" : "s"} will have no category${showtimeCount ? " and sell at each showtime's base price" : ""}.`;
              if (used === 0 || window.confirm(warning)) change((d) => removeCategory(d, key));
            }}
          />
          <CountsPanel counts={counts} rows={drawing.rows} columns={drawing.columns} categories={drawing.categories} byCategory={counts.byCategory} />
          {!viewOnly && (
            <div className="flex flex-wrap gap-2">
              <Button type="button" size="sm" variant="outline" disabled={readOnly} onClick={() => change((d) => insertRow(d, d.rows))}>
                Add row at back
              </Button>
              <Button type="button" size="sm" variant="outline" disabled={readOnly} onClick={() => change((d) => insertColumn(d, d.columns))}>
                Add column
              </Button>
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}
